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

const COUNT_FIELDS = ['participantsTotal', 'foreignParticipants', 'smeCount', 'audience', 'delegationSize'] as const;
type CountField = (typeof COUNT_FIELDS)[number];

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

/** Every row with at least one reason, in the order given. */
export function findOutliers<Row extends OutlierRow>(rows: Row[]): Outlier<Row>[] {
  const fences = countFences(rows);
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

type Fence = { fence: number; sample: number };

/** Per kind and count field: the fence above which a value is far out, and how many values it rests on. */
function countFences(rows: OutlierRow[]): Map<string, Map<CountField, Fence>> {
  const values = new Map<string, Map<CountField, number[]>>();
  for (const row of rows) {
    let byField = values.get(row.kind);
    if (!byField) {
      byField = new Map();
      values.set(row.kind, byField);
    }
    for (const field of COUNT_FIELDS) {
      const value = row[field];
      if (value === null) continue;
      const list = byField.get(field);
      if (list) list.push(value);
      else byField.set(field, [value]);
    }
  }
  const fences = new Map<string, Map<CountField, Fence>>();
  for (const [kind, byField] of values) {
    const kindFences = new Map<CountField, Fence>();
    for (const [field, list] of byField) {
      if (list.length < MIN_SAMPLE) continue;
      const sorted = Float64Array.from(list).sort();
      const q1 = quantile(sorted, 0.25);
      const q3 = quantile(sorted, 0.75);
      kindFences.set(field, { fence: q3 + IQR_FACTOR * Math.max(q3 - q1, 1), sample: sorted.length });
    }
    fences.set(kind, kindFences);
  }
  return fences;
}

/** Linear interpolation between order statistics (R's type 7, numpy's default). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? 0;
  const b = sorted[high] ?? a;
  return a + (b - a) * (position - low);
}

/** `windows`: each report period's allowed dates, worked out once per period. */
function dateOutside(row: OutlierRow, windows: Map<string, [string, string]>): OutlierReason | null {
  const { periodStart, periodEnd } = row;
  if (!periodStart || !periodEnd) return null;
  const key = `${periodStart}/${periodEnd}`;
  let window = windows.get(key);
  if (window === undefined) {
    window = [shiftMonths(periodStart, -MONTHS_OF_SLACK), shiftMonths(periodEnd, MONTHS_OF_SLACK)];
    windows.set(key, window);
  }
  const [earliest, latest] = window;
  const date = [row.startDate, row.endDate].find((day) => day !== null && (day < earliest || day > latest));
  return date ? { code: 'date_outside_period', date, periodStart, periodEnd } : null;
}

/** An ISO date moved by whole months (the day kept, or the month's last day). */
function shiftMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
