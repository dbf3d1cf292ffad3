/**
 * Two periods' rows → paired bars (one category, a bar per period), with the drill-down link of
 * each bar. Plain functions: the server page hands the items to the client chart, and the data
 * downloads write the same items as rows, so a chart and its file cannot disagree.
 */
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { OTHERS_KEY } from '@/lib/figures/types';
import { chartText, regionLabels } from '@/lib/i18n/ru';
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

/** One paired chart: the rows it draws (the first PAIRED_LIMIT and "Прочие (N)") and every category. */
export interface PairedFigure {
  items: PairedItem[];
  /** Every category with a value in either period, ranked as the bars (the data files list them all). */
  all: PairedItem[];
  /** How many of `all` have their own row. */
  shown: number;
  /** Under the chart when it is cut. */
  note?: string;
}

/** The comparison page's paired charts. */
export interface PairedCharts {
  spheres: PairedFigure;
  countries: PairedFigure;
  smeSpheres: PairedFigure;
  smeCountries: PairedFigure;
}

/**
 * Rows of a paired chart before the rest become "прочие": a row is 46 px (two bars), so six rows and
 * "прочие" (412 px with the axis) fill a slide's picture at a scale of about 1.4, which keeps its
 * 12 px labels at 14 pt or more at 1920×1080 (app/_components/export/slide-frame.ts).
 */
const PAIRED_LIMIT = 6;

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

/**
 * Keeps the first PAIRED_LIMIT rows and gathers the rest (when more than one) into "Прочие (N)":
 * both periods' sums, each bar opening the events of every category it gathers in its period.
 */
function cut(all: PairedItem[], periods: [PeriodData, PeriodData], filterOf: (keys: string[]) => Partial<Filters>): PairedFigure {
  if (all.length <= PAIRED_LIMIT + 1) return { items: all, all, shown: all.length };
  const [a, b] = periods;
  const rest = all.slice(PAIRED_LIMIT);
  const filter = filterOf(rest.map((item) => item.key));
  const others: PairedItem = {
    key: OTHERS_KEY,
    label: chartText.otherBar(rest.length),
    fullLabel: chartText.otherFull(rest.map((item) => item.label)),
    a: rest.reduce((sum, item) => sum + item.a, 0),
    b: rest.reduce((sum, item) => sum + item.b, 0),
    hrefA: eventsOf(a.filters, filter),
    hrefB: eventsOf(b.filters, filter),
  };
  return { items: [...all.slice(0, PAIRED_LIMIT), others], all, shown: PAIRED_LIMIT, note: chartText.topNote(PAIRED_LIMIT, all.length) };
}

/** The row a category is drawn in: its own, or "Прочие (N)". */
export function pairedBarOf(figure: PairedFigure, index: number): string {
  return (index < figure.shown ? figure.items[index] : figure.items.at(-1))?.label ?? '';
}

/** Spheres, partner countries and SME participation of both periods. */
export function pairedCharts({ a, b, shared }: Comparison, spheres: SphereRow[]): PairedCharts {
  const periods: [PeriodData, PeriodData] = [a, b];
  // SME bars open only the events with SMEs.
  const sme: Partial<Filters> = { has: [...new Set([...(shared.has ?? []), 'sme' as const])] };
  const bySphere = (extra: Partial<Filters> = {}) => (keys: string[]) => ({ ...extra, sphere: keys });
  const byCountry = (extra: Partial<Filters> = {}) => (keys: string[]) => ({ ...extra, country: keys });
  return {
    spheres: cut(pairedSphereBars(a.spheres, b.spheres, periods, spheres, (s) => s.events), periods, bySphere()),
    countries: cut(pairedCountryBars(a.countries, b.countries, periods, (c) => c.events), periods, byCountry()),
    smeSpheres: cut(pairedSphereBars(a.spheres, b.spheres, periods, spheres, (s) => s.smeParticipations, sme), periods, bySphere(sme)),
    smeCountries: cut(pairedCountryBars(a.smeByCountry, b.smeByCountry, periods, (c) => c.smeParticipations, sme), periods, byCountry(sme)),
  };
}
