import { format, parseISO } from 'date-fns';
import { ru } from 'date-fns/locale';
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
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region wider than the screen must be scrollable by keyboard (axe: scrollable-region-focusable)
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t.reportsTitle}>
      <table className="data" data-testid="reports-table">
        <caption className="visually-hidden">{t.reportsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.period}</th>
            <th scope="col">{t.sourceFile}</th>
            <th scope="col">{t.importedAt}</th>
            <th scope="col" className="num">{t.events}</th>
            <th scope="col" className="num">{t.rowsRead}</th>
            <th scope="col">{t.rowsSkipped}</th>
            <th scope="col">{t.rowsByDate}</th>
            <th scope="col">{t.closing}</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr key={report.id}>
              <td title={report.title}>{reportPeriodName(report.periodKey)}</td>
              <td>{report.sourceFile}</td>
              <td className="nowrap">{format(parseISO(report.importedAt), 'd MMMM yyyy, HH:mm', { locale: ru })}</td>
              <td className="num">{formatNumber(report.events)}</td>
              <td className="num">{report.rowAccount ? formatNumber(report.rowAccount.rowsRead) : '—'}</td>
              <td data-testid="rows-skipped">{report.rowAccount ? skippedText(report.rowAccount) : '—'}</td>
              <td data-testid="report-breakdown">{breakdown[report.periodKey] ?? t.allInPeriod}</td>
              <td className="source-snippet">{report.summary ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
