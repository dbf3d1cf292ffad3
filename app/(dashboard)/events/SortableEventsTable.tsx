import Link from 'next/link';
import { DataTable } from '@/app/_components/tables/DataTable';
import { EventCards } from '@/app/_components/tables/EventCards';
import { eventHref } from '@/app/_components/tables/event-href';
import type { Filters } from '@/lib/filters/filters';
import { formatDateRange, formatNumber } from '@/lib/format';
import { eventsText as t } from '@/lib/i18n/ru';
import { reportPeriodShort } from '@/lib/periods';
import type { EventListItem, EventSort } from '@/lib/queries/events';
import { eventsHref } from './list-view';

interface Props {
  events: EventListItem[];
  sort: EventSort;
  filters: Filters;
}

/** The events list: sortable headers (links, so the URL keeps the order), one row per event. */
export function SortableEventsTable({ events, sort, filters }: Props) {
  return (
    <DataTable
      rows={events} rowKey={(event) => event.id} rowProps={(event) => ({ 'data-testid': 'event-row', 'data-seq': event.seq })}
      caption={t.caption} testId="events-table" className="events-table" scroll cards={<EventCards events={events} />} sorting={{ current: sort, hrefOf: (next) => eventsHref(filters, { sort: next as EventSort }) }}
      columns={[
        { header: t.eventColumn, sort: { key: 'title' }, cell: (event) => <Link href={eventHref(event.id, filters)}>{event.title}</Link> },
        { header: t.dates, sort: { key: 'date' }, className: 'nowrap', cell: (event) => formatDateRange(event.startDate, event.endDate, event.datePrecision) },
        { header: t.places, cell: (event) => event.places.join(', ') },
        { header: t.countries, cell: (event) => event.countries.map((country) => country.nameRu).join(', ') },
        { header: t.sphere, sort: { key: 'sphere' }, cell: (event) => <span title={event.sphereName}>{event.sphereShort}</span> },
        { header: t.sme, sort: { key: 'sme', firstDescending: true }, numeric: true, cell: (event) => (event.smeCount === null ? '—' : formatNumber(event.smeCount)) },
        { header: t.report, className: 'nowrap', cellProps: () => ({ 'data-testid': 'event-report-row' }), cell: (event) => t.reportRow(reportPeriodShort(event.report), event.seq) },
      ]}
    />
  );
}
