/**
 * Two periods' query rows → one row per category with both values, and the change level of every
 * partner country. Pure: the comparison page's charts, tables, map and summary all read these.
 */
import { changeLevel, type ChangeLevel } from './change-level';
import type { RegionGroup } from '@/lib/vocabulary';

export interface Paired<T> {
  key: string;
  /** The row of period B, else of period A: names and groups of the category. */
  row: T;
  a: number;
  b: number;
}

/** Every category present in either period, with 0 where a period has none. Order: B's rows, then A's. */
export function pairRows<T>(rowsA: T[], rowsB: T[], key: (row: T) => string, value: (row: T) => number): Paired<T>[] {
  const pairs = new Map<string, Paired<T>>();
  for (const row of rowsB) pairs.set(key(row), { key: key(row), row, a: 0, b: value(row) });
  for (const row of rowsA) {
    const pair = pairs.get(key(row)) ?? { key: key(row), row, a: 0, b: 0 };
    pairs.set(key(row), { ...pair, a: value(row) });
  }
  return [...pairs.values()];
}

export interface CountryRow {
  code: string;
  nameRu: string;
  region: RegionGroup;
  events: number;
}

export interface CountryChange {
  code: string;
  nameRu: string;
  region: RegionGroup;
  a: number;
  b: number;
  level: ChangeLevel | 'unknown';
}

/**
 * Partner countries of either period with their change level; most events in B first, then in A,
 * then by name. Not `comparable` (a period without its report): every level is 'unknown'.
 */
export function countryChanges(rowsA: CountryRow[], rowsB: CountryRow[], comparable = true): CountryChange[] {
  return pairRows(rowsA, rowsB, (row) => row.code, (row) => row.events)
    .map(({ row, a, b }) => ({ code: row.code, nameRu: row.nameRu, region: row.region, a, b, level: comparable ? changeLevel(a, b) : ('unknown' as const) }))
    .sort((x, y) => y.b - x.b || y.a - x.a || x.nameRu.localeCompare(y.nameRu, 'ru'));
}
