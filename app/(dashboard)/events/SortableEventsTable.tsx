import Link from 'next/link';
import { formatDateRange, formatNumber } from '@/lib/format';
import { eventsText as t } from '@/lib/i18n/ru';
import { reportPeriodShort } from '@/lib/periods';
import { eventHref } from '@/app/_components/tables/event-href';
import type { Filters } from '@/lib/filters/filters';
import type { EventListItem, EventSort } from '@/lib/queries/events';
import { SortHeader } from './SortHeader';
import { EventCards } from '@/app/_components/tables/EventCards';

interface Props {
  events: EventListItem[];
  sort: EventSort;
  filters: Filters;
}

/** The events list: sortable headers (links, so the URL keeps the order), one row per event. */
export function SortableEventsTable({ events, sort, filters }: Props) {
  const header = { sort, filters };
  return (
    <>
      <div className="table-scroll wide-only">
      <table className="data events-table" data-testid="events-table">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <SortHeader column="title" label={t.eventColumn} {...header} />
            <SortHeader column="date" label={t.dates} {...header} />
            <th scope="col">{t.places}</th>
            <th scope="col">{t.countries}</th>
            <SortHeader column="sphere" label={t.sphere} {...header} />
            <SortHeader column="sme" label={t.sme} firstDescending numeric {...header} />
            <th scope="col">{t.report}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} data-testid="event-row" data-seq={event.seq}>
              <td>
                <Link href={eventHref(event.id, filters)}>{event.title}</Link>
              </td>
              <td className="nowrap">{formatDateRange(event.startDate, event.endDate, event.datePrecision)}</td>
              <td>{event.places.join(', ')}</td>
              <td>{event.countries.map((country) => country.nameRu).join(', ')}</td>
              <td>
                <span title={event.sphereName}>{event.sphereShort}</span>
              </td>
              <td className="num">{event.smeCount === null ? '—' : formatNumber(event.smeCount)}</td>
              <td className="nowrap" data-testid="event-report-row">{t.reportRow(reportPeriodShort(event.report), event.seq)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
      <EventCards events={events} />
    </>
  );
}
