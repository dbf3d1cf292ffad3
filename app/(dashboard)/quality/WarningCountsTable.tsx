import { DataTable } from '@/app/_components/tables/DataTable';
import { formatNumber } from '@/lib/format';
import { qualityText as t, warningLabels } from '@/lib/i18n/ru';
import type { WarningCount } from '@/lib/queries/quality';

/** How many warnings of each kind the filtered data carries. */
export function WarningCountsTable({ counts }: { counts: WarningCount[] }) {
  return (
    <DataTable
      rows={counts} rowKey={(row) => row.code} rowProps={(row) => ({ 'data-code': row.code })}
      caption={t.countsTitle} testId="warning-counts"
      columns={[
        { header: t.code, cell: (row) => warningLabels[row.code] },
        { header: t.warnings, numeric: true, cell: (row) => formatNumber(row.warnings) },
      ]}
    />
  );
}
