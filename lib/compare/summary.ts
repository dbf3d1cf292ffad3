/**
 * The comparison summary of a loaded comparison under the page's filters: the scope phrase and the
 * one-value dimensions come from the filters, the figures from the comparison. Shared by the page
 * and its tests, so a test checks the very text the page shows.
 */
import type { Db } from '@/db/client';
import type { Filters } from '@/lib/filters/filters';
import { getFilterNames } from '@/lib/queries/options';
import { buildCompareSummary } from '@/lib/summary/compare';
import { scopePhrase, singleValued } from '@/lib/summary/scope';
import type { Comparison } from './periods';

export function comparisonSummary(db: Db, { periods, a, b, countries, comparable, missing }: Comparison, filters: Filters): string {
  return buildCompareSummary({
    periods,
    scope: scopePhrase(filters, getFilterNames(db, filters)),
    single: singleValued(filters),
    filteredCountries: filters.country,
    figures: { a: a.figures, b: b.figures },
    coverage: { a: a.coverage, b: b.coverage },
    topCountries: b.countries,
    spheres: b.spheres,
    countries,
    comparable,
    missing,
  });
}
