/**
 * The export context of the comparison page: both periods in the subtitle ("Сравнение периодов: III кв. 2025 (A) и
 * IV кв. 2025 (B)") and in file names (`compare-countries_2025-Q3_vs_2025-Q4.png`), the reports
 * behind either period in the source line, and the periods kept in the data route's query.
 */
import type { Db } from '@/db/client';
import { comparisonMissing, periodLabel } from '@/lib/compare/periods';
import { SIDES, toCompareParams, type ComparePeriods, type QuarterRange } from '@/lib/filters/compare';
import { toSearchParams, type Filters } from '@/lib/filters/filters';
import { compareExportText as c, exportText as t } from '@/lib/i18n/ru';
import { getReportPeriods } from '@/lib/queries/overview';
import { reportPeriodFormal, reportPeriodList, spanCoverage } from '@/lib/periods';
import { getCoverage } from '@/lib/queries/coverage';
import { loadFiltersLabel, type ExportContext } from './context';

/** "2025-Q3", or "2025-Q1_2025-Q2" for a range. */
const rangeKey = (range: QuarterRange) => (range.from === range.to ? range.from : `${range.from}_${range.to}`);

/** `shared`: the page's filters without the period ones (lib/compare/periods.ts sharedFilters). */
export function loadCompareExportContext(db: Db, shared: Filters, periods: ComparePeriods): ExportContext {
  const reports = [...new Set(SIDES.flatMap((side) => getReportPeriods(db, { ...shared, ...periods[side] })))].sort();
  const label = c.periods(periodLabel(periods.a), periodLabel(periods.b));
  const filtersLabel = loadFiltersLabel(db, shared);
  const coverage = getCoverage(db);
  const missing = comparisonMissing(spanCoverage(coverage, periods.a), spanCoverage(coverage, periods.b));
  return {
    query: [toSearchParams(shared).toString(), toCompareParams(periods).toString()].filter(Boolean).join('&'),
    period: `${rangeKey(periods.a)}_vs_${rangeKey(periods.b)}`,
    periodLabel: missing ? `${label} — ${t.coverageWarning(missing)}` : label,
    filtersLabel,
    subtitle: [label, filtersLabel, missing ? t.coverageWarning(missing) : ''].filter(Boolean).join(' · '),
    source: t.source(reports.length, reportPeriodList(reports, reportPeriodFormal)),
  };
}
