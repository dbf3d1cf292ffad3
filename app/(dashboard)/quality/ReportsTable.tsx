import { format, parseISO } from 'date-fns';
import { ru } from 'date-fns/locale';
import { DataTable } from '@/app/_components/tables/DataTable';
import { formatNumber } from '@/lib/format';
import { importText, qualityText as t } from '@/lib/i18n/ru';
import type { RowAccount } from '@/lib/ingest/types';
import { reportPeriodName } from '@/lib/periods';
import type { StoredReport } from '@/lib/queries/overview';

function skippedText(account: RowAccount): string {
  if (account.skipped.length === 0) return t.noneSkipped;
  return account.skipped.map((skip) => `${importText.skippedRow(skip.row)}: ${importText.skipReasons[skip.reason]}`).join('; ');
}

/**
 * The stored reports: what every figure of the dashboard rests on — every table row accounted for,
 * the line that explains rows starting outside the report's own period, and the report's own
 * closing line.
 */
export function ReportsTable({ reports, breakdown }: { reports: StoredReport[]; breakdown: Record<string, string | undefined> }) {
  return (
    <DataTable
      rows={reports} rowKey={(report) => report.id}
      caption={t.reportsTitle} testId="reports-table" scroll={{ label: t.reportsTitle }}
      columns={[
        { header: t.period, cellProps: (report) => ({ title: report.title }), cell: (report) => reportPeriodName(report.periodKey) },
        { header: t.sourceFile, cell: (report) => report.sourceFile },
        { header: t.importedAt, className: 'nowrap', cell: (report) => format(parseISO(report.importedAt), 'd MMMM yyyy, HH:mm', { locale: ru }) },
        { header: t.events, numeric: true, cell: (report) => formatNumber(report.events) },
        { header: t.rowsRead, numeric: true, cell: (report) => (report.rowAccount ? formatNumber(report.rowAccount.rowsRead) : '—') },
        { header: t.rowsSkipped, cellProps: () => ({ 'data-testid': 'rows-skipped' }), cell: (report) => (report.rowAccount ? skippedText(report.rowAccount) : '—') },
        { header: t.rowsByDate, cellProps: () => ({ 'data-testid': 'report-breakdown' }), cell: (report) => breakdown[report.periodKey] ?? t.allInPeriod },
        { header: t.closing, className: 'source-snippet', cell: (report) => report.summary ?? '—' },
      ]}
    />
  );
}
