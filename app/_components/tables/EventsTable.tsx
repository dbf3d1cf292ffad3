import Link from 'next/link';
import { DataTable } from './DataTable';
import type { Filters } from '@/lib/filters/filters';
import { formatDateRange, formatNumber } from '@/lib/format';
import { eventTableText as t, eventsText } from '@/lib/i18n/ru';
import { reportPeriodShort } from '@/lib/periods';
import type { EventListItem } from '@/lib/queries/events';
import { EventCards } from './EventCards';
import { eventHref } from './event-href';

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
    <DataTable
      rows={events} rowKey={(event) => event.id}
      caption={caption} testId={testId} scroll cards={<EventCards events={events} showSme={showSme} />}
      columns={[
        { header: t.number, numeric: true, cell: (event) => event.seq },
        { header: t.title, cell: (event) => <Link href={filters ? eventHref(event.id, filters) : `/events/${event.id}`}>{event.title}</Link> },
        { header: t.dates, className: 'nowrap', cell: (event) => formatDateRange(event.startDate, event.endDate, event.datePrecision) },
        { header: t.sphere, cell: (event) => event.sphereShort },
        { header: t.places, cell: (event) => event.places.join(', ') },
        { header: t.countries, cell: (event) => event.countries.map((country) => country.nameRu).join(', ') },
        showSme && { header: t.sme, numeric: true, cell: (event) => (event.smeCount === null ? '—' : formatNumber(event.smeCount)) },
        { header: t.report, className: 'nowrap', cell: (event) => eventsText.reportRow(reportPeriodShort(event.report), event.seq) },
      ]}
    />
  );
}
