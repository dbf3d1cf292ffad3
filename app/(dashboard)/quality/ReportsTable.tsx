import { format, parseISO } from 'date-fns';
import { ru } from 'date-fns/locale';
import { formatNumber } from '@/lib/format';
import { qualityText as t } from '@/lib/i18n/ru';
import { reportPeriodName } from '@/lib/periods';
import type { StoredReport } from '@/lib/queries/overview';

/**
 * The stored reports: what every figure of the dashboard rests on, with the line that explains rows
 * starting outside the report's own period, and the report's own closing line.
 */
export function ReportsTable({ reports, breakdown }: { reports: StoredReport[]; breakdown: Record<string, string | undefined> }) {
  return (
    // Focusable: the table is wider than its card once the rows-by-date and closing lines are in it.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t.reportsTitle}>
      <table className="data" data-testid="reports-table">
        <caption className="visually-hidden">{t.reportsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.period}</th>
            <th scope="col">{t.sourceFile}</th>
            <th scope="col">{t.importedAt}</th>
            <th scope="col" className="num">{t.events}</th>
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
              <td data-testid="report-breakdown">{breakdown[report.periodKey] ?? t.allInPeriod}</td>
              <td className="source-snippet">{report.summary ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
