import { format, parseISO } from 'date-fns';
import { ru } from 'date-fns/locale';
import { formatNumber } from '@/lib/format';
import { importText, qualityText as t, reportPeriodLabel } from '@/lib/i18n/ru';
import type { RowAccount } from '@/lib/ingest/types';
import type { StoredReport } from '@/lib/queries/overview';

function skippedText(account: RowAccount): string {
  if (account.skipped.length === 0) return t.noneSkipped;
  return account.skipped.map((skip) => `${importText.skippedRow(skip.row)}: ${importText.skipReasons[skip.reason]}`).join('; ');
}

/** The stored reports: what every figure of the dashboard rests on, and every table row accounted for. */
export function ReportsTable({ reports }: { reports: StoredReport[] }) {
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
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr key={report.id}>
              <td title={report.title}>{reportPeriodLabel(report.periodKey)}</td>
              <td>{report.sourceFile}</td>
              <td className="nowrap">{format(parseISO(report.importedAt), 'd MMMM yyyy, HH:mm', { locale: ru })}</td>
              <td className="num">{formatNumber(report.events)}</td>
              <td className="num">{report.rowAccount ? formatNumber(report.rowAccount.rowsRead) : '—'}</td>
              <td data-testid="rows-skipped">{report.rowAccount ? skippedText(report.rowAccount) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
