/**
 * Quarter keys and report period keys: the one place that knows what "2025-Q4" and "2025-H1" mean.
 * Pure, no Russian (labels.ts words them), usable on the server and in the browser.
 *
 * - A quarter key ("2025-Q4") names a calendar quarter. The quarter of an event is the quarter of
 *   its start date (`events.quarter_key`); every quarter filter, chart and comparison reads that.
 * - A report period key names what one report covers and is the key of the `reports` table: a
 *   quarter ("2025-Q4"), a half-year ("2025-H1", "2025-H2"), nine months ("2025-9M", January to
 *   September) or a year ("2025-Y"). `quartersCovered` turns it into quarter keys, and report
 *   coverage (coverage.ts) rests on that alone.
 *
 * Quarter keys with four-digit years sort as strings; report period keys do not
 * ("2025-9M" < "2025-H1" < "2025-Q1"), so compareReportPeriods orders them.
 */

import type { PeriodKind } from '@/lib/vocabulary';

declare const quarterKeyBrand: unique symbol;

/** "2025-Q4". Made only by the functions below, so a value of this type is always valid. */
export type QuarterKey = string & { readonly [quarterKeyBrand]: true };

type QuarterNumber = 1 | 2 | 3 | 4;

export interface Quarter {
  year: number;
  quarter: QuarterNumber;
}

/** An inclusive range of quarters, `from` ≤ `to`. */
export interface QuarterSpan {
  from: QuarterKey;
  to: QuarterKey;
}

/** The pattern of a quarter key, for validators (zod) that need it as a regex. */
export const QUARTER_KEY_PATTERN = /^\d{4}-Q[1-4]$/;

/** The pattern of a report period key: quarter, half-year, nine months or year. */
export const REPORT_PERIOD_PATTERN = /^\d{4}-(?:Q[1-4]|H[12]|9M|Y)$/;

export function isQuarterKey(value: string): value is QuarterKey {
  return QUARTER_KEY_PATTERN.test(value);
}

export function toQuarterKey(year: number, quarter: number): QuarterKey {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || ![1, 2, 3, 4].includes(quarter)) throw new Error(`not a quarter: ${year}-Q${quarter}`);
  return `${year}-Q${quarter}` as QuarterKey;
}

/** A validated quarter key; throws on anything else (use isQuarterKey for untrusted input). */
export function asQuarterKey(value: string): QuarterKey {
  if (!isQuarterKey(value)) throw new Error(`not a quarter key: ${value}`);
  return value;
}

/** "2025-Q4" → { year: 2025, quarter: 4 }. */
export function parseQuarterKey(key: string): Quarter {
  const match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (!match) throw new Error(`not a quarter key: ${key}`);
  return { year: Number(match[1]), quarter: Number(match[2]) as QuarterNumber };
}

/** The quarter of an ISO date ("2025-09-28" → "2025-Q3"). */
export function quarterOfDate(isoDate: string): QuarterKey {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return toQuarterKey(year, Math.floor((month - 1) / 3) + 1);
}

/** The quarter `by` quarters later (earlier when negative). */
export function shiftQuarter(key: string, by: number): QuarterKey {
  const { year, quarter } = parseQuarterKey(key);
  const index = year * 4 + (quarter - 1) + by;
  return toQuarterKey(Math.floor(index / 4), (index % 4) + 1);
}

/** Every quarter from `from` to `to`, both included; empty when `to` is before `from`. */
export function quartersBetween(from: string, to: string): QuarterKey[] {
  const keys: QuarterKey[] = [];
  for (let key = asQuarterKey(from); key <= to; key = shiftQuarter(key, 1)) keys.push(key);
  return keys;
}

/** First and last day of a quarter, ISO. */
export function quarterDates(key: string): { start: string; end: string } {
  const { year, quarter } = parseQuarterKey(key);
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastDay = [31, 30, 30, 31][quarter - 1];
  return { start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(firstMonth + 2)}-${lastDay}` };
}

/** Months (1–12) of a quarter. */
export function quarterMonths(key: string): [number, number, number] {
  const first = (parseQuarterKey(key).quarter - 1) * 3 + 1;
  return [first, first + 1, first + 2];
}

/** The same quarters one year earlier. */
export function yearEarlier(span: QuarterSpan): QuarterSpan {
  return { from: shiftQuarter(span.from, -4), to: shiftQuarter(span.to, -4) };
}

/** Year to date: from the first quarter of `key`'s year to `key`. */
export function yearToDate(key: string): QuarterSpan {
  return { from: toQuarterKey(parseQuarterKey(key).year, 1), to: asQuarterKey(key) };
}

/** The four quarters of a year. */
export function wholeYear(year: number): QuarterSpan {
  return { from: toQuarterKey(year, 1), to: toQuarterKey(year, 4) };
}

/* --- Report periods --- */

export interface ReportPeriod {
  key: string;
  year: number;
  kind: PeriodKind;
  /** 1–4 for a quarter, 1–2 for a half-year; absent otherwise. */
  part?: number;
  /** The quarters the report covers, ascending. */
  quarters: QuarterKey[];
}

export function isReportPeriodKey(value: string): boolean {
  return REPORT_PERIOD_PATTERN.test(value);
}

/** "2025-Q4", "2025-H1", "2025-9M", "2025-Y" → what it covers; undefined for anything else. */
export function parseReportPeriod(key: string): ReportPeriod | undefined {
  const match = /^(\d{4})-(Q([1-4])|H([12])|9M|Y)$/.exec(key);
  if (!match) return undefined;
  const year = Number(match[1]);
  const span = (first: number, last: number) => quartersBetween(toQuarterKey(year, first), toQuarterKey(year, last));
  if (match[3]) return { key, year, kind: 'quarter', part: Number(match[3]), quarters: span(Number(match[3]), Number(match[3])) };
  if (match[4]) {
    const half = Number(match[4]);
    return { key, year, kind: 'half', part: half, quarters: span(half * 2 - 1, half * 2) };
  }
  if (match[2] === '9M') return { key, year, kind: 'nine_months', quarters: span(1, 3) };
  return { key, year, kind: 'year', quarters: span(1, 4) };
}

/** The quarters a report of this period covers ("2025-H2" → 2025-Q3, 2025-Q4); empty for an unknown key. */
export function quartersCovered(periodKey: string): QuarterKey[] {
  return parseReportPeriod(periodKey)?.quarters ?? [];
}

/** Chronological: by first quarter covered, then the shorter period first ("2025-Q1" < "2025-H1" < "2025-9M" < "2025-Y"). */
export function compareReportPeriods(a: string, b: string): number {
  const pa = quartersCovered(a);
  const pb = quartersCovered(b);
  const first = (pa[0] ?? a).localeCompare(pb[0] ?? b);
  return first !== 0 ? first : pa.length - pb.length || a.localeCompare(b);
}

export function sortReportPeriods(keys: Iterable<string>): string[] {
  return [...new Set(keys)].sort(compareReportPeriods);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
