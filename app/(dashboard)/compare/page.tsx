import { BriefLink } from '@/app/brief/BriefLink';
import { figureComparison } from '@/lib/export/deck-figures';
import { loadCompareExportContext } from '@/app/_components/export/compare-context';
import { loadEventsSlideTable } from '@/app/_components/export/export-context';
import { PptxExportButton } from '@/app/_components/export/PptxExportButton';
import { Card } from '@/app/_components/ui/Card';
import { EmptyState } from '@/app/_components/ui/EmptyState';
import { pairedCharts } from '@/lib/compare/paired-bars';
import { hasPeriodFilters, loadComparison, periodLabel, sharedFilters, spanFilters, type Comparison } from '@/lib/compare/periods';
import type { CompareFigureId } from '@/lib/export/figure-ids';
import { parseCompareParams, resolvePeriods, type ComparePeriods } from '@/lib/filters/compare';
import { hasActiveFilters, toSearchParams, type Filters } from '@/lib/filters/filters';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { compareText as t } from '@/lib/i18n/ru';
import { getDb } from '@/lib/queries/db';
import { getFilterOptions } from '@/lib/queries/options';
import { getSpheres } from '@/lib/queries/spheres';
import { buildCompareSummary } from '@/lib/summary/compare';
import { SummaryBlock } from '../SummaryBlock';
import { CompareCharts } from './CompareCharts';
import { CountryChangeSection } from './CountryChangeSection';
import { FigureTable } from './FigureTable';
import { PeriodPicker } from './PeriodPicker';
import { YearOverYear } from './YearOverYear';

/** The deck: the paired charts and the change map, one slide each. */
const DECK_FIGURES: CompareFigureId[] = ['compare-spheres', 'compare-countries', 'compare-sme-spheres', 'compare-sme-countries', 'compare-map'];

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await loadPageFilters(searchParams);
  const parsed = parseCompareParams(await searchParams);
  const db = getDb();
  const quarters = getFilterOptions(db).quarters;
  const periods = resolvePeriods(parsed.periods, quarters);
  const notices = [parsed.ignored.length > 0 ? `${t.ignored}: ${parsed.ignored.join(', ')}` : '', hasPeriodFilters(filters) ? t.periodFiltersIgnored : ''].filter(Boolean);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="subtitle">{t.subtitle}</p>
      {notices.map((notice) => (
        <p key={notice} role="status" className="notice compare-notice">
          {notice}
        </p>
      ))}
      {periods ? <ComparisonView periods={periods} quarters={quarters} filters={sharedFilters(filters)} /> : <EmptyState text={t.noData} />}
    </>
  );
}

function ComparisonView({ periods, quarters, filters }: { periods: ComparePeriods; quarters: string[]; filters: Filters }) {
  const db = getDb();
  const comparison = loadComparison(db, filters, periods);
  const { a, b, countries } = comparison;
  const offered = [...new Set([...quarters, periods.a.from, periods.a.to, periods.b.from, periods.b.to])].sort();
  const summary = summaryOf(comparison, hasActiveFilters(filters));
  const exportContext = loadCompareExportContext(db, filters, periods);
  return (
    <>
      <PeriodPicker periods={periods} quarters={offered.map((key) => ({ value: key, label: periodLabel({ from: key, to: key }) }))} filtersQuery={toSearchParams(filters).toString()} />
      <SummaryBlock text={summary} testId="compare-summary" />
      <BriefLink filters={b.filters} />
      {a.figures.events + b.figures.events === 0 ? (
        <EmptyState />
      ) : (
        <>
          <PptxExportButton figures={DECK_FIGURES} summary={summary} context={exportContext} table={loadEventsSlideTable(db, spanFilters(filters, periods.a, periods.b))} fileBase="compare" keyFigures={figureComparison(a.figures, b.figures, { a: a.label, b: b.label })} />
          <Card title={t.figuresTitle} testId="compare-figures" exportAs={{ figure: 'compare-figures', context: exportContext }}>
            <FigureTable caption={t.figuresCaption} columns={{ a, b }} testIdPrefix="cmp-figure" />
          </Card>
          <CompareCharts charts={pairedCharts(comparison, getSpheres(db))} periodLabels={{ a: a.label, b: b.label }} exportContext={exportContext} />
          <CountryChangeSection a={a} b={b} countries={countries} filters={filters} exportContext={exportContext} />
          <YearOverYear b={b} quarters={quarters} filters={filters} />
        </>
      )}
    </>
  );
}

function summaryOf({ periods, a, b, countries }: Comparison, filtered: boolean): string {
  return buildCompareSummary({ periods, filtered, figures: { a: a.figures, b: b.figures }, topCountries: b.countries, spheres: b.spheres, countries });
}
