/**
 * The data of a comparison: each period's filters (the shared filters narrowed to its quarters) and
 * the same queries the overview runs, plus every partner country's change level. Read by the
 * comparison page and by its data downloads, so a file always equals the page. No SQL here.
 *
 * Each period carries its report coverage. Two periods are comparable only when every quarter of
 * both has its report; otherwise changes are not computed (levels 'unknown', "н/д"), and the page,
 * the summary and the files say which report is missing.
 */
import type { Db } from '@/db/client';
import type { ComparePeriods, QuarterRange } from '@/lib/filters/compare';
import type { Filters } from '@/lib/filters/filters';
import { coverageText } from '@/lib/i18n/ru';
import { missingPhrase, spanCoverage, spanShort, type SpanCoverage } from '@/lib/periods';
import { getCoverage, getEventSources, type SourceCount } from '@/lib/queries/coverage';
import { getEventsByCountry, type CountryCount } from '@/lib/queries/countries';
import { getKeyFigures, type KeyFigures } from '@/lib/queries/overview';
import { getSmeByCountry, type SmeByCountry } from '@/lib/queries/sme';
import { getEventsBySphere, type SphereCount } from '@/lib/queries/spheres';
import { countryChanges, type CountryChange } from './pairs';

export interface PeriodData {
  range: QuarterRange;
  /** "III кв. 2025", marked "(нет отчёта)" or "(неполные данные)" when quarters lack their report. */
  label: string;
  /** The shared filters plus the period's quarters: drill-down links of this period. */
  filters: Filters;
  figures: KeyFigures;
  spheres: SphereCount[];
  countries: CountryCount[];
  smeByCountry: SmeByCountry[];
  /** Which quarters of the period have their report. */
  coverage: SpanCoverage;
  /** The reports the period's counted events come from. */
  sources: SourceCount[];
}

export interface Comparison {
  periods: ComparePeriods;
  /** The filters other than the periods. */
  shared: Filters;
  a: PeriodData;
  b: PeriodData;
  countries: CountryChange[];
  /** Both periods rest on their reports: changes mean something. */
  comparable: boolean;
  /** "нет отчёта за III кв. 2025": the quarters of either period without their report; empty when comparable. */
  missing: string;
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
  const coverage = spanCoverage(getCoverage(db), range);
  return {
    range,
    label: `${periodLabel(range)}${coverageText.labelMark[coverage.status] ?? ''}`,
    filters,
    figures: getKeyFigures(db, filters),
    spheres: getEventsBySphere(db, filters),
    countries: getEventsByCountry(db, filters),
    smeByCountry: getSmeByCountry(db, filters),
    coverage,
    sources: getEventSources(db, filters),
  };
}

export function loadComparison(db: Db, shared: Filters, periods: ComparePeriods): Comparison {
  const a = loadPeriod(db, shared, periods.a);
  const b = loadPeriod(db, shared, periods.b);
  const missing = comparisonMissing(a.coverage, b.coverage);
  const comparable = missing === '';
  return { periods, shared, a, b, countries: countryChanges(a.countries, b.countries, comparable), comparable, missing };
}

/** "нет отчёта за III кв. 2025" over both periods (each quarter once); empty when both are complete. */
export function comparisonMissing(a: SpanCoverage, b: SpanCoverage): string {
  const missing = [...new Set([...a.missing, ...b.missing])];
  if (missing.length === 0) return '';
  return missingPhrase({ ...a, missing: missing.sort() });
}

/** "III кв. 2025", "III–IV кв. 2025", "IV кв. 2024 – I кв. 2025", "2025 год" (lib/periods spanShort). */
export function periodLabel(range: QuarterRange): string {
  return spanShort(range);
}

/** Both periods in one filter set: a country on the change map opens its events of A and B. */
export function spanFilters(shared: Filters, a: QuarterRange, b: QuarterRange): Filters {
  return { ...shared, from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to };
}
