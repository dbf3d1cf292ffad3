/**
 * Report coverage: for every quarter, whether its figures rest on a report. Computed from the
 * stored reports' period keys through quartersCovered, and from the quarters events start in:
 *
 * - `report`:  a stored report covers the quarter (its own quarterly report, or a half-year,
 *              nine-month or year report that includes it);
 * - `partial`: no report covers it, but rows of other reports start in it (September events a
 *              Q4 report mentions): what is known is not the quarter's result;
 * - `none`:    no report covers it and no row starts in it: nothing was loaded, which is not zero.
 *
 * A span of quarters is `complete` when every quarter has its report, `incomplete` when some do,
 * `unreported` when none does but some rows exist, `empty` when nothing at all was loaded.
 * Pure: the query layer (lib/queries/coverage.ts) supplies the keys.
 */
import { quarterOfDate, quartersBetween, quartersCovered, sortReportPeriods, type QuarterKey, type QuarterSpan } from './keys';

export type QuarterStatus = 'report' | 'partial' | 'none';

interface QuarterCoverage {
  quarter: QuarterKey;
  status: QuarterStatus;
  /** Period keys of the stored reports that cover the quarter. */
  reports: string[];
}

export interface Coverage {
  /** Every quarter from the first to the last one with a report or a row, ascending, gaps included. */
  quarters: QuarterCoverage[];
  /** Period keys of the stored reports, chronological. */
  reports: string[];
}

export type SpanStatus = 'complete' | 'incomplete' | 'unreported' | 'empty';

export interface SpanCoverage {
  span: QuarterSpan;
  status: SpanStatus;
  quarters: QuarterCoverage[];
  /** Quarters of the span without their report (partial or none). */
  missing: QuarterKey[];
  /** Quarters of the span without their report but with rows of other reports. */
  partial: QuarterKey[];
}

/** `reportKeys`: stored reports' period keys; `eventQuarters`: the quarters rows start in. */
export function buildCoverage(reportKeys: string[], eventQuarters: string[]): Coverage {
  const reports = sortReportPeriods(reportKeys);
  const coveredBy = new Map<string, string[]>();
  for (const report of reports) for (const quarter of quartersCovered(report)) coveredBy.set(quarter, [...(coveredBy.get(quarter) ?? []), report]);
  const withRows = new Set(eventQuarters);
  const known = [...coveredBy.keys(), ...withRows].sort();
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last) return { quarters: [], reports };
  const quarters = quartersBetween(first, last).map((quarter) => {
    const covering = coveredBy.get(quarter) ?? [];
    const status: QuarterStatus = covering.length > 0 ? 'report' : withRows.has(quarter) ? 'partial' : 'none';
    return { quarter, status, reports: covering };
  });
  return { quarters, reports };
}

function quarterCoverage(coverage: Coverage, quarter: string): QuarterCoverage {
  return coverage.quarters.find((entry) => entry.quarter === quarter) ?? { quarter: quarter as QuarterKey, status: 'none', reports: [] };
}

export function statusOf(coverage: Coverage, quarter: string): QuarterStatus {
  return quarterCoverage(coverage, quarter).status;
}

/** Quarters with their report, ascending. */
export function coveredQuarters(coverage: Coverage): QuarterKey[] {
  return coverage.quarters.filter((entry) => entry.status === 'report').map((entry) => entry.quarter);
}

/** The latest quarter that has its report. */
export function latestCovered(coverage: Coverage): QuarterKey | undefined {
  return coveredQuarters(coverage).at(-1);
}

/** The latest quarter before `quarter` that has its report (not necessarily the one just before). */
export function previousCovered(coverage: Coverage, quarter: string): QuarterKey | undefined {
  return coveredQuarters(coverage)
    .filter((key) => key < quarter)
    .at(-1);
}

/** The whole timeline as a span; undefined when nothing is loaded. */
export function timelineSpan(coverage: Coverage): QuarterSpan | undefined {
  const first = coverage.quarters[0]?.quarter;
  const last = coverage.quarters.at(-1)?.quarter;
  return first && last ? { from: first, to: last } : undefined;
}

/** Years with at least one covered quarter, ascending. */
export function coveredYears(coverage: Coverage): number[] {
  return [...new Set(coveredQuarters(coverage).map((key) => Number(key.slice(0, 4))))];
}

export function spanCoverage(coverage: Coverage, span: QuarterSpan): SpanCoverage {
  const quarters = quartersBetween(span.from, span.to).map((quarter) => quarterCoverage(coverage, quarter));
  const missing = quarters.filter((entry) => entry.status !== 'report').map((entry) => entry.quarter);
  const partial = quarters.filter((entry) => entry.status === 'partial').map((entry) => entry.quarter);
  const covered = quarters.length - missing.length;
  const status: SpanStatus = missing.length === 0 ? 'complete' : covered > 0 ? 'incomplete' : partial.length > 0 ? 'unreported' : 'empty';
  return { span, status, quarters, missing, partial };
}

/** Is every quarter of the span backed by a report? */
export function isComplete(coverage: Coverage, span: QuarterSpan): boolean {
  return spanCoverage(coverage, span).status === 'complete';
}

/** The timeline quarters inside an optional from/to (both open ends allowed). */
function quartersWithin(coverage: Coverage, from?: string, to?: string): QuarterCoverage[] {
  return coverage.quarters.filter((entry) => (!from || entry.quarter >= from) && (!to || entry.quarter <= to));
}

/** The period filters of a view (a structural part of lib/filters' Filters). */
export interface PeriodBounds {
  from?: string;
  to?: string;
  dateFrom?: string;
  dateTo?: string;
  report?: string;
}

/**
 * The quarters a chart or table by quarter shows: every quarter of the timeline within the
 * bounds, gaps included, so a quarter without its report is drawn (marked), never skipped. Under
 * a report filter, the quarters that report covers (its rows may add others).
 */
export function shownQuarters(coverage: Coverage, bounds: PeriodBounds): QuarterKey[] {
  if (bounds.report) return quartersCovered(bounds.report);
  const from = [bounds.from, bounds.dateFrom && quarterOfDate(bounds.dateFrom)].filter(Boolean).sort().at(-1);
  const to = [bounds.to, bounds.dateTo && quarterOfDate(bounds.dateTo)].filter(Boolean).sort()[0];
  return quartersWithin(coverage, from || undefined, to || undefined).map(({ quarter }) => quarter);
}

/** A value per quarter and key → one row per shown quarter (and any other quarter with a value), ascending, with its coverage. */
export interface QuarterValues {
  quarter: string;
  status: QuarterStatus;
  values: Record<string, number>;
}

export function byQuarter(values: { quarterKey: string; key: string; value: number }[], coverage: Coverage, shown: string[]): QuarterValues[] {
  const rows = new Map<string, QuarterValues>();
  const row = (quarter: string) => rows.get(quarter) ?? { quarter, status: statusOf(coverage, quarter), values: {} };
  for (const quarter of shown) rows.set(quarter, row(quarter));
  for (const { quarterKey, key, value } of values) {
    const entry = row(quarterKey);
    entry.values[key] = (entry.values[key] ?? 0) + value; // several inputs may share a key (grouped series)
    rows.set(quarterKey, entry);
  }
  return [...rows.values()].sort((a, b) => a.quarter.localeCompare(b.quarter));
}

/** Runs of consecutive quarters, for "I–II кв. 2025, IV кв. 2025". */
export function runsOf(quarters: QuarterKey[]): QuarterSpan[] {
  const runs: QuarterSpan[] = [];
  for (const quarter of [...quarters].sort()) {
    const last = runs.at(-1);
    if (last && quartersBetween(last.to, quarter).length === 2) last.to = quarter;
    else runs.push({ from: quarter, to: quarter });
  }
  return runs;
}
