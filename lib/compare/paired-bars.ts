/**
 * Two periods' rows → paired bars (one category, a bar per period), with the drill-down link of
 * each bar. Plain functions: the server page hands the items to the client chart, and the data
 * downloads write the same items as rows, so a chart and its file cannot disagree.
 */
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { regionLabels } from '@/lib/i18n/ru';
import type { SphereRow } from '@/lib/queries/spheres';
import { pairRows } from './pairs';
import type { Comparison, PeriodData } from './periods';
import type { RegionGroup } from '@/lib/vocabulary';

export interface PairedItem {
  key: string;
  /** Short label on the axis. */
  label: string;
  /** Full name in the tooltip (and the data file). */
  fullLabel: string;
  /** Countries: the region of the world (a column of the data file). */
  region?: string;
  a: number;
  b: number;
  /** Drill-down: the events behind each period's bar. */
  hrefA: string;
  hrefB: string;
}

/** The comparison page's paired charts, one list of bars each. */
export interface PairedCharts {
  spheres: PairedItem[];
  countries: PairedItem[];
  smeSpheres: PairedItem[];
  smeCountries: PairedItem[];
}

const TOP_COUNTRIES = 10;

type Value<T> = (row: T) => number;

const eventsOf = (filters: Filters, extra: Partial<Filters>) => hrefWith('/events', { ...filters, ...extra });

/** Categories with a value in either period, biggest in B first (then in A). */
function ranked(items: PairedItem[]): PairedItem[] {
  return items.filter((item) => item.a > 0 || item.b > 0).sort((x, y) => y.b - x.b || y.a - x.a);
}

function pairedSphereBars<T extends { slug: string }>(rowsA: T[], rowsB: T[], periods: [PeriodData, PeriodData], spheres: SphereRow[], value: Value<T>, extra: Partial<Filters> = {}): PairedItem[] {
  const [a, b] = periods;
  return ranked(
    pairRows(rowsA, rowsB, (row) => row.slug, value).map(({ key, a: valueA, b: valueB }) => {
      const sphere = spheres.find((s) => s.slug === key);
      const filter = { ...extra, sphere: [key] };
      return { key, label: sphere?.shortLabel ?? key, fullLabel: sphere?.name ?? key, a: valueA, b: valueB, hrefA: eventsOf(a.filters, filter), hrefB: eventsOf(b.filters, filter) };
    }),
  );
}

function pairedCountryBars<T extends { code: string; nameRu: string; region: RegionGroup }>(rowsA: T[], rowsB: T[], periods: [PeriodData, PeriodData], value: Value<T>, extra: Partial<Filters> = {}): PairedItem[] {
  const [a, b] = periods;
  return ranked(
    pairRows(rowsA, rowsB, (row) => row.code, value).map(({ key, row, a: valueA, b: valueB }) => {
      const filter = { ...extra, country: [key] };
      const region = regionLabels[row.region];
      return { key, label: row.nameRu, fullLabel: `${row.nameRu} (${region})`, region, a: valueA, b: valueB, hrefA: eventsOf(a.filters, filter), hrefB: eventsOf(b.filters, filter) };
    }),
  );
}

/** Spheres, the top partner countries and SME participation of both periods. */
export function pairedCharts({ a, b, shared }: Comparison, spheres: SphereRow[]): PairedCharts {
  const periods: [PeriodData, PeriodData] = [a, b];
  // SME bars open only the events with SMEs.
  const sme: Partial<Filters> = { has: [...new Set([...(shared.has ?? []), 'sme' as const])] };
  return {
    spheres: pairedSphereBars(a.spheres, b.spheres, periods, spheres, (s) => s.events),
    countries: pairedCountryBars(a.countries, b.countries, periods, (c) => c.events).slice(0, TOP_COUNTRIES),
    smeSpheres: pairedSphereBars(a.spheres, b.spheres, periods, spheres, (s) => s.smeParticipations, sme),
    smeCountries: pairedCountryBars(a.smeByCountry, b.smeByCountry, periods, (c) => c.smeParticipations, sme),
  };
}
