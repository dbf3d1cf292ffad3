import type { Filters } from '@/lib/filters/filters';
import { reportLineText as t } from '@/lib/i18n/ru';
import { forReportPeriodShort, openSpanShort, reportBreakdownLine, sortReportPeriods, sourcesLine } from '@/lib/periods';
import type { Db } from '@/db/client';
import { getEventSources, getFilterCoverage, getReportBreakdown } from '@/lib/queries/coverage';

/** The reports a view rests on: the chosen report, else those covering its quarters or supplying its events. */
function reportsOfView(db: Db, filters: Filters): string[] {
  if (filters.report) return [filters.report];
  const coverage = getFilterCoverage(db, filters);
  const covering = coverage.span?.quarters.flatMap((quarter) => quarter.reports) ?? [];
  return sortReportPeriods([...covering, ...getEventSources(db, filters).map((source) => source.periodKey)]);
}

/**
 * Why a quarter's events and a report's rows differ, said in one line per report ("Отчёт за IV кв.
 * 2025: 70 строк — 55 мероприятий октября–декабря и 15 сентябрьских, сообщённых с опозданием"),
 * where the view's events come from when several reports supply them, and each report's own
 * closing line beside the extracted figures.
 */
export function ReportLines({ db, filters }: { db: Db; filters: Filters }) {
  const reports = reportsOfView(db, filters).map((key) => getReportBreakdown(db, key)).filter((report) => report !== undefined);
  if (reports.length === 0) return null;
  const lines = reports.map((report) => reportBreakdownLine(report)).filter((line): line is string => line !== undefined);
  const sources = filters.report ? undefined : sourcesLine(openSpanShort(filters.from, filters.to) || '', getEventSources(db, filters));
  const closing = reports.filter((report) => report.summary);
  return (
    <section className="report-lines" aria-label={t.closingTitle} data-testid="report-lines">
      {lines.map((line) => (
        <p key={line} data-testid="report-breakdown">
          {line}
        </p>
      ))}
      {sources && <p data-testid="report-sources">{sources}</p>}
      {closing.map((report) => (
        <blockquote key={report.periodKey} className="report-closing" data-testid="report-closing">
          <p>«{report.summary}»</p>
          <footer>{t.closing(forReportPeriodShort(report.periodKey))}</footer>
        </blockquote>
      ))}
      {lines.length > 0 && <p className="muted report-meaning">{t.meaning}</p>}
    </section>
  );
}
