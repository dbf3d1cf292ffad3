/**
 * Rows worth a second look (issue 12), for the data-quality page. Pure: rows in, flagged rows out.
 *
 * - `count_high`: a count (participants, foreign participants, SME, audience, delegation) far above
 *   what rows of the same kind have: above Q3 + IQR_FACTOR · IQR of that kind's stated values
 *   across the database (Tukey's far-out fence), the IQR taken as at least 1 person so that a kind
 *   whose rows all state the same number still flags a row ten times larger. Only kinds with at
 *   least MIN_SAMPLE stated values are judged: a fence from three values says nothing.
 * - `foreign_exceeds_total`: more foreign participants than participants in all.
 * - `abroad_no_delegation`: an event away from the region (direction outbound, or a venue outside
 *   Russia), attended in person, whose row states no delegation size.
 * - `date_outside_period`: a date more than a quarter (three months) before the report's period
 *   starts or after it ends — a typo in the year, or a row of another report.
 */
import type { Direction, EventFormat, EventKind } from '@/lib/vocabulary';

export const COUNT_FIELDS = ['participantsTotal', 'foreignParticipants', 'smeCount', 'audience', 'delegationSize'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

export const MIN_SAMPLE = 8;
const IQR_FACTOR = 3;
const MONTHS_OF_SLACK = 3;

export interface OutlierRow extends Record<CountField, number | null> {
  kind: EventKind;
  direction: Direction;
  format: EventFormat;
  startDate: string | null;
  endDate: string | null;
  /** Countries of the row's venues outside Russia (none for places in Russia). */
  venueCountries: string[];
  /** The first and last day its report covers. */
  periodStart: string | null;
  periodEnd: string | null;
}

export type OutlierReason =
  | { code: 'count_high'; field: CountField; value: number; fence: number; sample: number }
  | { code: 'foreign_exceeds_total'; foreign: number; total: number }
  | { code: 'abroad_no_delegation' }
  | { code: 'date_outside_period'; date: string; periodStart: string; periodEnd: string };

export interface Outlier<Row extends OutlierRow = OutlierRow> {
  row: Row;
  reasons: OutlierReason[];
}

/**
 * Every row with at least one reason, in the order given. `fences`: the count fences of the whole
 * sample when `rows` are only some of its rows (lib/queries/outliers.ts passes fences worked out
 * from SQL histograms); by default they are taken from `rows` themselves.
 */
export function findOutliers<Row extends OutlierRow>(rows: Row[], fences: Fences = countFences(rows)): Outlier<Row>[] {
  const windows = new Map<string, [string, string]>();
  const outliers: Outlier<Row>[] = [];
  for (const row of rows) {
    const reasons: OutlierReason[] = [];
    const kindFences = fences.get(row.kind);
    if (kindFences) {
      for (const field of COUNT_FIELDS) {
        const value = row[field];
        const fence = kindFences.get(field);
        if (value !== null && fence && value > fence.fence) reasons.push({ code: 'count_high', field, value, ...fence });
      }
    }
    if (row.foreignParticipants !== null && row.participantsTotal !== null && row.foreignParticipants > row.participantsTotal) {
      reasons.push({ code: 'foreign_exceeds_total', foreign: row.foreignParticipants, total: row.participantsTotal });
    }
    const away = row.direction === 'outbound' || row.venueCountries.some((country) => country !== 'RU');
    if (away && row.format !== 'remote' && row.delegationSize === null) reasons.push({ code: 'abroad_no_delegation' });
    const outside = dateOutside(row, windows);
    if (outside) reasons.push(outside);
    if (reasons.length > 0) outliers.push({ row, reasons });
  }
  return outliers;
}

export type Fence = { fence: number; sample: number };
/** Per kind, per count field: its fence (no entry when the kind states too few values of it). */
export type Fences = Map<string, Map<CountField, Fence>>;

/** One bar of a histogram: `count` rows of `kind` state `value` in `field`. */
export interface CountBin {
  kind: string;
  field: CountField;
  value: number;
  count: number;
}

/** Per kind and count field: the fence above which a value is far out, and how many values it rests on. */
function countFences(rows: OutlierRow[]): Fences {
  const bins = new Map<string, CountBin>();
  for (const row of rows) {
    for (const field of COUNT_FIELDS) {
      const value = row[field];
      if (value === null) continue;
      const key = `${row.kind}\u0000${field}\u0000${value}`;
      const bin = bins.get(key);
      if (bin) bin.count += 1;
      else bins.set(key, { kind: row.kind, field, value, count: 1 });
    }
  }
  return fencesOfHistogram(bins.values());
}

/** The fences of the values a histogram counts (the same as of the values one by one). */
export function fencesOfHistogram(bins: Iterable<CountBin>): Fences {
  const grouped = new Map<string, Map<CountField, [value: number, count: number][]>>();
  for (const { kind, field, value, count } of bins) {
    let byField = grouped.get(kind);
    if (!byField) {
      byField = new Map();
      grouped.set(kind, byField);
    }
    const list = byField.get(field);
    if (list) list.push([value, count]);
    else byField.set(field, [[value, count]]);
  }
  const fences: Fences = new Map();
  for (const [kind, byField] of grouped) {
    const kindFences = new Map<CountField, Fence>();
    for (const [field, histogram] of byField) {
      const fence = fenceOf(histogram);
      if (fence) kindFences.set(field, fence);
    }
    fences.set(kind, kindFences);
  }
  return fences;
}

/**
 * Tukey's far-out fence of the values given as (value, how many times) pairs: Q3 + IQR_FACTOR · IQR,
 * the IQR taken as at least 1; none below MIN_SAMPLE values.
 */
export function fenceOf(histogram: [value: number, count: number][]): Fence | undefined {
  const bins = histogram.filter(([, count]) => count > 0).sort((a, b) => a[0] - b[0]);
  const sample = bins.reduce((sum, [, count]) => sum + count, 0);
  if (sample < MIN_SAMPLE) return undefined;
  // The i-th smallest value (0-based): walk the cumulative counts.
  const at = (index: number): number => {
    let below = 0;
    for (const [value, count] of bins) {
      below += count;
      if (index < below) return value;
    }
    return Number.NaN;
  };
  const q1 = interpolate(sample, 0.25, at);
  const q3 = interpolate(sample, 0.75, at);
  return { fence: q3 + IQR_FACTOR * Math.max(q3 - q1, 1), sample };
}

/** Linear interpolation between order statistics (R's type 7, numpy's default). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  return interpolate(sorted.length, p, (index) => sorted[index] ?? Number.NaN);
}

/** The p-quantile of `length` values whose i-th smallest is `at(i)`; 0 when there are none. */
function interpolate(length: number, p: number, at: (index: number) => number): number {
  if (length === 0) return 0;
  const position = (length - 1) * p;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = at(low);
  const b = at(high);
  return a + (b - a) * (position - low);
}

/** `windows`: each report period's allowed dates, worked out once per period. */
function dateOutside(row: OutlierRow, windows: Map<string, [string, string]>): OutlierReason | null {
  const { periodStart, periodEnd } = row;
  if (!periodStart || !periodEnd) return null;
  const key = `${periodStart}/${periodEnd}`;
  let window = windows.get(key);
  if (window === undefined) {
    window = dateWindow(periodStart, periodEnd);
    windows.set(key, window);
  }
  const [earliest, latest] = window;
  const date = [row.startDate, row.endDate].find((day) => day !== null && (day < earliest || day > latest));
  return date ? { code: 'date_outside_period', date, periodStart, periodEnd } : null;
}

/** The first and last date a row of a report covering periodStart…periodEnd may carry without a second look. */
export function dateWindow(periodStart: string, periodEnd: string): [earliest: string, latest: string] {
  return [shiftMonths(periodStart, -MONTHS_OF_SLACK), shiftMonths(periodEnd, MONTHS_OF_SLACK)];
}

/** An ISO date moved by whole months (the day kept, or the month's last day). */
function shiftMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
