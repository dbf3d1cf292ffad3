import 'server-only';
/**
 * Which quarters rest on a report (lib/periods/coverage.ts), and how a report's rows and a
 * quarter's events relate: the data behind "нет отчёта" marks and the line "Отчёт за IV кв. 2025:
 * 70 строк — 55 мероприятий октября–декабря и 15 сентябрьских, сообщённых с опозданием".
 */
import { asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { events, reports } from '@/db/schema';
import type { Filters } from '@/lib/filters/filters';
import { asQuarterKey, buildCoverage, coverageNote, quarterOfDate, quartersCovered, sortReportPeriods, spanCoverage, timelineSpan, type Coverage, type SpanCoverage, type SpanStatus } from '@/lib/periods';
import { memoised } from './cache';
import { rollupEventSources } from './rollups/figures';
import { rollupScope } from './rollups/scope';
import { eventWhere } from './where';

/**
 * The distinct quarters of the events, ascending: one seek in events_quarter per quarter (from
 * each key to the next greater one) instead of reading the whole index.
 */
function getQuarterKeys(db: Db): string[] {
  return db
    .all<{ key: string }>(sql`
      with recursive quarter(key) as (
        select min(${events.quarterKey}) from ${events}
        union all
        select (select min(${events.quarterKey}) from ${events} where ${events.quarterKey} > quarter.key) from quarter where quarter.key is not null
      )
      select key from quarter where key is not null`)
    .map((row) => row.key);
}

/** Coverage of every quarter from the stored reports' period keys and the quarters rows start in. */
export const getCoverage = memoised('getCoverage', (db: Db): Coverage => {
  const keys = db.select({ key: reports.periodKey }).from(reports).all().map((row) => row.key);
  return buildCoverage(keys, getQuarterKeys(db));
});

/** A report's rows by the month they start in: inside its own period, before it, after it, undated. */
export interface ReportBreakdown {
  periodKey: string;
  rows: number;
  inPeriod: number;
  /** Rows starting before the period ("reported late"), by month "2025-09". */
  earlier: MonthCount[];
  /** Rows starting after the period, by month. */
  later: MonthCount[];
  undated: number;
  /** The report's own closing line (stored as its summary). */
  summary: string | null;
}

interface MonthCount {
  month: string;
  rows: number;
}

/** Rows of a report as it stated them (every row, not only the primary ones). */
export const getReportBreakdown = memoised('getReportBreakdown', (db: Db, periodKey: string): ReportBreakdown | undefined => {
  const report = db.select({ id: reports.id, summary: reports.summary }).from(reports).where(eq(reports.periodKey, periodKey)).get();
  if (!report) return undefined;
  const byMonth = db
    .select({ month: sql<string | null>`substr(${events.startDate}, 1, 7)`, rows: count() })
    .from(events)
    .where(eq(events.reportId, report.id))
    .groupBy(sql`substr(${events.startDate}, 1, 7)`)
    .orderBy(asc(sql`substr(${events.startDate}, 1, 7)`))
    .all();
  const quarters = quartersCovered(periodKey);
  const first = quarters[0] ?? '';
  const last = quarters.at(-1) ?? '';
  const quarterOfMonth = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
  const breakdown: ReportBreakdown = { periodKey, rows: 0, inPeriod: 0, earlier: [], later: [], undated: 0, summary: report.summary };
  for (const { month, rows } of byMonth) {
    breakdown.rows += rows;
    if (month === null) breakdown.undated += rows;
    else if (quarterOfMonth(month) < first) breakdown.earlier.push({ month, rows });
    else if (quarterOfMonth(month) > last) breakdown.later.push({ month, rows });
    else breakdown.inPeriod += rows;
  }
  return breakdown;
});

/** Where a span's counted events come from: per report, how many of them it holds. */
export interface SourceCount {
  periodKey: string;
  events: number;
}

/**
 * The reports the counted (primary) events of `filters` come from, with how many each; the
 * overview says "55 из отчёта за IV кв. 2025, 3 из отчёта за I кв. 2026" when there are several.
 */
export const getEventSources = memoised('getEventSources', (db: Db, filters: Filters): SourceCount[] => {
  const scope = rollupScope(filters, { smeFlag: true });
  if (scope) return rollupEventSources(db, scope);
  const rows = db
    .select({ periodKey: reports.periodKey, events: count() })
    .from(events)
    .innerJoin(reports, eq(reports.id, events.reportId))
    .where(eventWhere(filters))
    .groupBy(reports.periodKey)
    .all();
  const order = sortReportPeriods(rows.map((row) => row.periodKey));
  return order.map((periodKey) => rows.find((row) => row.periodKey === periodKey)!);
});

/** The coverage of the period a filter set chooses, and the line a page prints when it is not complete. */
export interface FilterCoverage {
  /** Undefined under a report filter (a report's own rows are complete by definition) or when nothing is loaded. */
  span?: SpanCoverage;
  status: SpanStatus | 'report';
  note?: string;
}

/**
 * The period `filters` choose (from/to, dates, else the whole timeline) against the coverage.
 * Under a report filter the view is that report's rows as stated: complete.
 */
export const getFilterCoverage = memoised('getFilterCoverage', (db: Db, filters: Filters): FilterCoverage => {
  if (filters.report) return { status: 'report' };
  const coverage = getCoverage(db);
  const timeline = timelineSpan(coverage);
  const lower = [filters.from, filters.dateFrom && quarterOfDate(filters.dateFrom)].filter((key): key is string => Boolean(key)).sort();
  const upper = [filters.to, filters.dateTo && quarterOfDate(filters.dateTo)].filter((key): key is string => Boolean(key)).sort();
  const from = lower.at(-1) ?? timeline?.from;
  const to = upper[0] ?? timeline?.to;
  if (!from || !to) return { status: 'empty' };
  // An open end beyond the timeline ("from" after the last loaded quarter) is that one quarter.
  const span = spanCoverage(coverage, { from: asQuarterKey(from), to: asQuarterKey(to < from ? from : to) });
  if (span.status === 'complete') return { span, status: span.status };
  const sources = span.status === 'unreported' ? getEventSources(db, filters) : [];
  const known = { events: sources.reduce((sum, source) => sum + source.events, 0), sources: sources.map((source) => source.periodKey) };
  return { span, status: span.status, note: coverageNote(span, known) };
});
