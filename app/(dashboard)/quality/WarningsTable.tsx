import Link from 'next/link';
import { DataTable } from '@/app/_components/tables/DataTable';
import { qualityText as t, warningLabels } from '@/lib/i18n/ru';
import type { WarningRow } from '@/lib/queries/quality';
import { reportRowColumns } from './columns';

/** Every import warning with the report, row and event it belongs to, and the report text it is about. */
export function WarningsTable({ warnings }: { warnings: WarningRow[] }) {
  return (
    <DataTable
      rows={warnings} rowKey={(warning) => warning.id} rowProps={(warning) => ({ 'data-testid': 'warning-row', 'data-code': warning.code })}
      caption={t.listTitle} testId="warnings-table" scroll
      columns={[
        ...reportRowColumns<WarningRow>(),
        { header: t.event, cell: (warning) => (warning.eventId === null ? t.wholeReport : <Link href={`/events/${warning.eventId}`}>{warning.title}</Link>) },
        { header: t.kind, className: 'warning-kind', cell: (warning) => warningLabels[warning.code] },
        { header: t.detail, className: 'source-snippet', cell: (warning) => warning.location ?? '—' },
      ]}
    />
  );
}
