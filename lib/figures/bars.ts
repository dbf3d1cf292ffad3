/**
 * Query rows → chart props (bars and quarter series), with the drill-down link of every bar.
 * Plain functions; lib/figures/figures.ts ranks and cuts the bars of each figure with them.
 */
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { chartText, kindLabels, regionLabels } from '@/lib/i18n/ru';
import { byQuarter, quarterShort, shownQuarters, type Coverage } from '@/lib/periods';
import { CATEGORY_COLORS, OTHER_COLOR, categoryColor, regionColor } from '@/lib/palette';
import type { SphereRow } from '@/lib/queries/spheres';
import type { EventKind, RegionGroup } from '@/lib/vocabulary';
import type { BarItem, QuarterRow, QuarterSeries } from './types';

const eventsOf = (filters: Filters, extra: Partial<Filters>) => hrefWith('/events', { ...filters, ...extra });

/** The filters plus "events with SMEs": drill-downs of SME figures list only those events. */
export function withSme(filters: Filters): Filters {
  return { ...filters, has: [...new Set([...(filters.has ?? []), 'sme' as const])] };
}

/** One row → its bar: `value` picks the figure the bar draws, `filters` the drill-down's base. */
type ToBar<T> = (row: T, value: number) => BarItem;

/** How a figure's rows become bars, and where the "прочие" bar of the rows left out leads. */
export interface Dimension<T> {
  toBar: ToBar<T>;
  /** The drill-down of the "прочие" bar: the events of every row it gathers (or the full list). */
  othersHref: (rest: T[]) => string;
}

export function sphereDimension<T extends { slug: string }>(spheres: SphereRow[], filters: Filters): Dimension<T> {
  return {
    toBar: (row, value) => {
      const sphere = spheres.find((s) => s.slug === row.slug);
      const label = sphere?.shortLabel ?? row.slug;
      return { key: row.slug, label, fullLabel: sphere?.name ?? label, value, href: eventsOf(filters, { sphere: [row.slug] }) };
    },
    othersHref: (rest) => eventsOf(filters, { sphere: rest.map((row) => row.slug) }),
  };
}

export function countryDimension<T extends { code: string; nameRu: string; region: RegionGroup }>(filters: Filters): Dimension<T> {
  return {
    toBar: (row, value) => ({ key: row.code, label: row.nameRu, fullLabel: `${row.nameRu} (${regionLabels[row.region]})`, value, href: eventsOf(filters, { country: [row.code] }) }),
    othersHref: (rest) => eventsOf(filters, { country: rest.map((row) => row.code) }),
  };
}

export function regionDimension<T extends { region: RegionGroup }>(filters: Filters): Dimension<T> {
  return {
    toBar: (row, value) => ({ key: row.region, label: regionLabels[row.region], value, href: eventsOf(filters, { region: [row.region] }), color: regionColor(row.region) }),
    othersHref: (rest) => eventsOf(filters, { region: rest.map((row) => row.region) }),
  };
}

export function kindDimension<T extends { kind: EventKind }>(filters: Filters): Dimension<T> {
  return {
    toBar: (row, value) => ({ key: row.kind, label: kindLabels[row.kind], value, href: eventsOf(filters, { kind: [row.kind] }) }),
    othersHref: (rest) => eventsOf(filters, { kind: rest.map((row) => row.kind) }),
  };
}

/** A place filter holds one place: the "прочие" places open the map, which lists every place. */
export function placeDimension(filters: Filters): Dimension<{ id: number; name: string; countryName: string }> {
  return {
    toBar: (point, value) => ({ key: String(point.id), label: point.name, fullLabel: `${point.name} (${point.countryName})`, value, href: eventsOf(filters, { place: String(point.id) }) }),
    othersHref: () => hrefWith('/map', filters),
  };
}

/** One chart row per quarter shown under `filters` (lib/periods byQuarter): gaps and quarters without their report included. */
export function quarterRows(values: { quarterKey: string; key: string; value: number }[], coverage: Coverage, filters: Filters): QuarterRow[] {
  return byQuarter(values, coverage, shownQuarters(coverage, filters)).map((row) => ({ quarterKey: row.quarter, label: quarterShort(row.quarter), values: row.values, coverage: row.status }));
}

/** Key of the series that gathers the spheres beyond the coloured ones. */
export const OTHER_SERIES = '__other';

/**
 * Quarter rows (every quarter shown, with its coverage) and one series per sphere present, for the
 * stacked trend chart: the spheres with most events get the categorical colours; when there are
 * more spheres than colours, the rest are one grey "прочие" series (its drill-down lists all of them).
 */
export function sphereTrend(
  trend: { quarterKey: string; sphereSlug: string; events: number }[],
  spheres: SphereRow[],
  coverage: Coverage,
  filters: Filters,
): { rows: QuarterRow[]; series: QuarterSeries[] } {
  const totals = new Map<string, number>();
  for (const { sphereSlug, events } of trend) totals.set(sphereSlug, (totals.get(sphereSlug) ?? 0) + events);
  const ranked = spheres.filter((sphere) => totals.has(sphere.slug)).sort((a, b) => (totals.get(b.slug) ?? 0) - (totals.get(a.slug) ?? 0));
  const coloured = ranked.length <= CATEGORY_COLORS.length ? ranked : ranked.slice(0, CATEGORY_COLORS.length - 1);
  const rest = new Set(ranked.slice(coloured.length).map((sphere) => sphere.slug));
  const keyOf = (slug: string) => (rest.has(slug) ? OTHER_SERIES : slug);
  const rows = quarterRows(trend.map((row) => ({ quarterKey: row.quarterKey, key: keyOf(row.sphereSlug), value: row.events })), coverage, filters);
  const series: QuarterSeries[] = coloured.map((sphere, rank) => ({ key: sphere.slug, label: sphere.shortLabel, fullLabel: sphere.name, color: categoryColor(rank), filter: { sphere: [sphere.slug] } }));
  if (rest.size > 0) {
    const others = ranked.filter((sphere) => rest.has(sphere.slug));
    series.push({ key: OTHER_SERIES, label: chartText.otherSpheres, fullLabel: `${chartText.otherSpheres}: ${others.map((sphere) => sphere.shortLabel).join(', ')}`, color: OTHER_COLOR, filter: { sphere: others.map((sphere) => sphere.slug) } });
  }
  return { rows, series };
}
