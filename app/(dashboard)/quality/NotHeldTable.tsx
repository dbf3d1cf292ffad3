import Link from 'next/link';
import { DataTable } from '@/app/_components/tables/DataTable';
import { qualityText as t, statusLabels } from '@/lib/i18n/ru';
import type { NotHeldEvent } from '@/lib/queries/quality';
import { reportRowColumns } from './columns';

/** Postponed and cancelled rows: stored with their report, left out of every "held" figure. */
export function NotHeldTable({ events }: { events: NotHeldEvent[] }) {
  return (
    <DataTable
      rows={events} rowKey={(event) => event.id} rowProps={(event) => ({ 'data-testid': 'not-held-row', 'data-status': event.status })}
      caption={t.notHeldTitle} testId="not-held-table" scroll
      columns={[
        ...reportRowColumns<NotHeldEvent>(),
        { header: t.event, cell: (event) => <Link href={`/events/${event.id}`}>{event.title}</Link> },
        { header: t.status, cell: (event) => statusLabels[event.status] },
        { header: t.datesCell, className: 'source-snippet', cell: (event) => event.datesText || '—' },
      ]}
    />
  );
}
