/**
 * The data of a comparison: each period's filters (the shared filters narrowed to its quarters) and
 * the same queries the overview runs, plus every partner country's change level. Read by the
 * comparison page and by its data downloads, so a file always equals the page. No SQL here.
 */
import type { Db } from '@/db/client';
import type { ComparePeriods, QuarterRange } from '@/lib/filters/compare';
import type { Filters } from '@/lib/filters/filters';
import { parseQuarterKey } from '@/lib/format';
import { ROMAN, quarterShortLabel } from '@/lib/i18n/ru';
import { getEventsByCountry, type CountryCount } from '@/lib/queries/countries';
import { getKeyFigures, type KeyFigures } from '@/lib/queries/overview';
import { getSmeByCountry, type SmeByCountry } from '@/lib/queries/sme';
import { getEventsBySphere, type SphereCount } from '@/lib/queries/spheres';
import { countryChanges, type CountryChange } from './pairs';

export interface PeriodData {
  range: QuarterRange;
  label: string;
  /** The shared filters plus the period's quarters: drill-down links of this period. */
  filters: Filters;
  figures: KeyFigures;
  spheres: SphereCount[];
  countries: CountryCount[];
  smeByCountry: SmeByCountry[];
}

export interface Comparison {
  periods: ComparePeriods;
  /** The filters other than the periods. */
  shared: Filters;
  a: PeriodData;
  b: PeriodData;
  countries: CountryChange[];
}

/** The page's filters without the period ones, which the period pickers replace. */
export function sharedFilters(filters: Filters): Filters {
  return { ...filters, from: undefined, to: undefined, report: undefined, dateFrom: undefined, dateTo: undefined };
}

/** Were period filters of other pages carried here? They are ignored, and the page says so. */
export function hasPeriodFilters(filters: Filters): boolean {
  return Boolean(filters.from || filters.to || filters.report || filters.dateFrom || filters.dateTo);
}

export function loadPeriod(db: Db, shared: Filters, range: QuarterRange): PeriodData {
  const filters = { ...shared, from: range.from, to: range.to };
  return {
    range,
    label: periodLabel(range),
    filters,
    figures: getKeyFigures(db, filters),
    spheres: getEventsBySphere(db, filters),
    countries: getEventsByCountry(db, filters),
    smeByCountry: getSmeByCountry(db, filters),
  };
}

export function loadComparison(db: Db, shared: Filters, periods: ComparePeriods): Comparison {
  const a = loadPeriod(db, shared, periods.a);
  const b = loadPeriod(db, shared, periods.b);
  return { periods, shared, a, b, countries: countryChanges(a.countries, b.countries) };
}

/** "III кв. 2025", "III–IV кв. 2025", "IV кв. 2024 – I кв. 2025". */
export function periodLabel(range: QuarterRange): string {
  const from = parseQuarterKey(range.from);
  const to = parseQuarterKey(range.to);
  if (range.from === range.to) return quarterShortLabel(from.year, from.quarter);
  if (from.year === to.year) return `${ROMAN[from.quarter - 1]}–${quarterShortLabel(to.year, to.quarter)}`;
  return `${quarterShortLabel(from.year, from.quarter)} – ${quarterShortLabel(to.year, to.quarter)}`;
}

/** Both periods in one filter set: a country on the change map opens its events of A and B. */
export function spanFilters(shared: Filters, a: QuarterRange, b: QuarterRange): Filters {
  return { ...shared, from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to };
}
