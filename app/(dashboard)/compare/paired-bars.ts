/**
 * Two periods' rows → paired bars (one category, a bar per period), with the drill-down link of
 * each bar. Plain functions for the server page, so the client chart gets serialisable props.
 */
import { pairRows } from '@/lib/compare/pairs';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { regionLabels } from '@/lib/i18n/ru';
import type { SphereRow } from '@/lib/queries/spheres';
import type { PairedItem } from './PairedBarChart';
import type { PeriodData } from './comparison';

type Value<T> = (row: T) => number;

const eventsOf = (filters: Filters, extra: Partial<Filters>) => hrefWith('/events', { ...filters, ...extra });

/** Categories with a value in either period, biggest in B first (then in A). */
function ranked(items: PairedItem[]): PairedItem[] {
  return items.filter((item) => item.a > 0 || item.b > 0).sort((x, y) => y.b - x.b || y.a - x.a);
}

export function pairedSphereBars<T extends { slug: string }>(rowsA: T[], rowsB: T[], periods: [PeriodData, PeriodData], spheres: SphereRow[], value: Value<T>, extra: Partial<Filters> = {}): PairedItem[] {
  const [a, b] = periods;
  return ranked(
    pairRows(rowsA, rowsB, (row) => row.slug, value).map(({ key, a: valueA, b: valueB }) => {
      const sphere = spheres.find((s) => s.slug === key);
      const filter = { ...extra, sphere: [key] };
      return { key, label: sphere?.shortLabel ?? key, fullLabel: sphere?.name ?? key, a: valueA, b: valueB, hrefA: eventsOf(a.filters, filter), hrefB: eventsOf(b.filters, filter) };
    }),
  );
}

export function pairedCountryBars<T extends { code: string; nameRu: string; region: string }>(rowsA: T[], rowsB: T[], periods: [PeriodData, PeriodData], value: Value<T>, extra: Partial<Filters> = {}): PairedItem[] {
  const [a, b] = periods;
  return ranked(
    pairRows(rowsA, rowsB, (row) => row.code, value).map(({ key, row, a: valueA, b: valueB }) => {
      const filter = { ...extra, country: [key] };
      const fullLabel = `${row.nameRu} (${regionLabels[row.region] ?? row.region})`;
      return { key, label: row.nameRu, fullLabel, a: valueA, b: valueB, hrefA: eventsOf(a.filters, filter), hrefB: eventsOf(b.filters, filter) };
    }),
  );
}
