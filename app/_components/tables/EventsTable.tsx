import Link from 'next/link';
import { formatDateRange, formatNumber } from '@/lib/format';
import { eventTableText as t, eventsText } from '@/lib/i18n/ru';
import { reportPeriodShort } from '@/lib/periods';
import type { Filters } from '@/lib/filters/filters';
import { eventHref } from './event-href';
import type { EventListItem } from '@/lib/queries/events';
import { EventCards } from './EventCards';

interface Props {
  events: EventListItem[];
  caption: string;
  showSme?: boolean;
  testId?: string;
  /** Kept on each event's link, so its page returns to this selection. */
  filters?: Filters;
}

/** A plain list of events with links to their pages (the full, sortable list is /events). */
export function EventsTable({ events, caption, showSme = false, testId, filters }: Props) {
  return (
    <>
      <div className="table-scroll wide-only">
      <table className="data" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t.number}</th>
            <th scope="col">{t.title}</th>
            <th scope="col">{t.dates}</th>
            <th scope="col">{t.sphere}</th>
            <th scope="col">{t.places}</th>
            <th scope="col">{t.countries}</th>
            {showSme && <th scope="col" className="num">{t.sme}</th>}
            <th scope="col">{t.report}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td className="num">{event.seq}</td>
              <td>
                <Link href={filters ? eventHref(event.id, filters) : `/events/${event.id}`}>{event.title}</Link>
              </td>
              <td className="nowrap">{formatDateRange(event.startDate, event.endDate, event.datePrecision)}</td>
              <td>{event.sphereShort}</td>
              <td>{event.places.join(', ')}</td>
              <td>{event.countries.map((country) => country.nameRu).join(', ')}</td>
              {showSme && <td className="num">{event.smeCount === null ? '—' : formatNumber(event.smeCount)}</td>}
              <td className="nowrap">{eventsText.reportRow(reportPeriodShort(event.report), event.seq)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
      <EventCards events={events} showSme={showSme} />
    </>
  );
}
