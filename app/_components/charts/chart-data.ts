/**
 * Query rows → chart props (bars and quarter series), with the drill-down link of every bar.
 * Plain functions used by server pages, so client charts get ready-made, serialisable props.
 */
import { KINDS, hrefWith, type Filters } from '@/lib/filters/filters';
import { kindLabels, regionLabels } from '@/lib/i18n/ru';
import { byQuarter, quarterShort, shownQuarters, type Coverage } from '@/lib/periods';
import { regionColor, sphereColor } from '@/lib/palette';
import type { SphereRow } from '@/lib/queries/spheres';
import type { BarItem, QuarterRow, QuarterSeries } from './types';

type Pick<T> = (row: T) => number;
type Kind = Filters['kind'][number];

const isKind = (kind: string): kind is Kind => (KINDS as readonly string[]).includes(kind);

const eventsOf = (filters: Filters, extra: Partial<Filters>) => hrefWith('/events', { ...filters, ...extra });

/** The filters plus "events with SMEs": drill-downs of SME figures list only those events. */
export function withSme(filters: Filters): Filters {
  return { ...filters, has: [...new Set([...(filters.has ?? []), 'sme' as const])] };
}

function quarterLabelOf(key: string): string {
  return quarterShort(key);
}

/** Colour of a sphere: its position in the canonical list, the same on every page. */
function sphereColorOf(spheres: SphereRow[], slug: string): string {
  return sphereColor(Math.max(0, spheres.findIndex((sphere) => sphere.slug === slug)));
}

export function sphereBars<T extends { slug: string }>(rows: T[], spheres: SphereRow[], filters: Filters, value: Pick<T>): BarItem[] {
  return rows
    .map((row) => {
      const sphere = spheres.find((s) => s.slug === row.slug);
      const label = sphere?.shortLabel ?? row.slug;
      return { key: row.slug, label, fullLabel: sphere?.name ?? label, value: value(row), href: eventsOf(filters, { sphere: [row.slug] }), color: sphereColorOf(spheres, row.slug) };
    })
    .filter((bar) => bar.value > 0)
    .sort((a, b) => b.value - a.value);
}

export function countryBars<T extends { code: string; nameRu: string; region: string }>(rows: T[], filters: Filters, value: Pick<T>): BarItem[] {
  return rows
    .map((row) => ({ key: row.code, label: row.nameRu, fullLabel: `${row.nameRu} (${regionLabels[row.region] ?? row.region})`, value: value(row), href: eventsOf(filters, { country: [row.code] }), color: regionColor(row.region) }))
    .filter((bar) => bar.value > 0)
    .sort((a, b) => b.value - a.value);
}

export function regionBars<T extends { region: string }>(rows: T[], filters: Filters, value: Pick<T>): BarItem[] {
  return rows
    .map((row) => ({ key: row.region, label: regionLabels[row.region] ?? row.region, value: value(row), href: eventsOf(filters, { region: [row.region] }), color: regionColor(row.region) }))
    .filter((bar) => bar.value > 0)
    .sort((a, b) => b.value - a.value);
}

export function kindBars<T extends { kind: string }>(rows: T[], filters: Filters, value: Pick<T>): BarItem[] {
  return rows
    .map((row) => ({ key: row.kind, label: kindLabels[row.kind] ?? row.kind, value: value(row), href: eventsOf(filters, { kind: isKind(row.kind) ? [row.kind] : [] }) }))
    .filter((bar) => bar.value > 0)
    .sort((a, b) => b.value - a.value);
}

export function placeBars(points: { id: number; name: string; countryName: string; events: number }[], filters: Filters): BarItem[] {
  return points.map((point) => ({ key: String(point.id), label: point.name, fullLabel: `${point.name} (${point.countryName})`, value: point.events, href: eventsOf(filters, { place: String(point.id) }) }));
}

/** One chart row per quarter shown under `filters` (lib/periods byQuarter): gaps and quarters without their report included. */
export function quarterRows(values: { quarterKey: string; key: string; value: number }[], coverage: Coverage, filters: Filters): QuarterRow[] {
  return byQuarter(values, coverage, shownQuarters(coverage, filters)).map((row) => ({ quarterKey: row.quarter, label: quarterLabelOf(row.quarter), values: row.values, coverage: row.status }));
}

/** Quarter rows and one series per sphere present, for the stacked trend chart. */
export function sphereTrend(
  trend: { quarterKey: string; sphereSlug: string; events: number }[],
  spheres: SphereRow[],
  coverage: Coverage,
  filters: Filters,
): { rows: QuarterRow[]; series: QuarterSeries[] } {
  const rows = quarterRows(trend.map((row) => ({ quarterKey: row.quarterKey, key: row.sphereSlug, value: row.events })), coverage, filters);
  const present = new Set(trend.map((row) => row.sphereSlug));
  const series = spheres
    .filter((sphere) => present.has(sphere.slug))
    .map((sphere) => ({ key: sphere.slug, label: sphere.shortLabel, fullLabel: sphere.name, color: sphereColorOf(spheres, sphere.slug), filter: { sphere: [sphere.slug] } }));
  return { rows, series };
}
