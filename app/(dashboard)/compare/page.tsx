import { BriefLink } from '@/app/brief/BriefLink';
import { figureComparison } from '@/lib/export/deck-figures';
import { loadCompareExportContext } from '@/lib/export/compare-context';
import { PptxExportButton } from '@/app/_components/export/PptxExportButton';
import { PageFilters } from '@/app/_components/filters/PageFilters';
import { Card } from '@/app/_components/ui/Card';
import { EmptyState } from '@/app/_components/ui/EmptyState';
import { pairedCharts } from '@/lib/compare/paired-bars';
import { hasPeriodFilters, loadComparison, loadPeriod, periodLabel, sharedFilters, spanFilters, type PeriodData } from '@/lib/compare/periods';
import { comparisonSummary } from '@/lib/compare/summary';
import type { CompareFigureId } from '@/lib/export/figure-ids';
import { parseCompareParams, resolvePeriods, toCompareParams, type ResolvedPeriods } from '@/lib/filters/compare';
import { toSearchParams, type Filters } from '@/lib/filters/filters';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { compareText as t, coverageText } from '@/lib/i18n/ru';
import { coveredQuarters, statusOf, type Coverage } from '@/lib/periods';
import { getCoverage } from '@/lib/queries/coverage';
import { getDb } from '@/lib/queries/db';
import { getSpheres } from '@/lib/queries/spheres';
import { buildCompareSummary } from '@/lib/summary/compare';
import { scopePhrase, singleValued } from '@/lib/summary/scope';
import { getFilterNames } from '@/lib/queries/options';
import { SummaryBlock } from '../SummaryBlock';
import { CompareCharts } from './CompareCharts';
import { CountryChangeSection } from './CountryChangeSection';
import { FigureTable } from './FigureTable';
import { PeriodPicker } from './PeriodPicker';
import { YearOverYear } from './YearOverYear';

export const metadata = { title: t.title };

/** The deck: the paired charts and the change map, one slide each. */
const DECK_FIGURES: CompareFigureId[] = ['compare-spheres', 'compare-countries', 'compare-sme-spheres', 'compare-sme-countries', 'compare-map'];

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await loadPageFilters(searchParams);
  const parsed = parseCompareParams(await searchParams);
  const db = getDb();
  const coverage = getCoverage(db);
  const periods = resolvePeriods(parsed.periods, coverage);
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
      <PageFilters filters={sharedFilters(filters)} path="/compare" keep={toCompareParams(parsed.periods).toString()} />
      {periods ? <ComparisonView periods={periods} coverage={coverage} filters={sharedFilters(filters)} /> : <EmptyState text={t.noData} />}
    </>
  );
}

/** Every quarter of the timeline and the chosen ones, each marked when it has no report of its own. */
function pickerOptions(coverage: Coverage, periods: ResolvedPeriods) {
  const chosen = [periods.a?.from, periods.a?.to, periods.b.from, periods.b.to].filter((key): key is NonNullable<typeof key> => key !== undefined);
  const keys = [...new Set([...coverage.quarters.map((entry) => entry.quarter), ...chosen])].sort();
  return keys.map((key) => {
    const label = periodLabel({ from: key, to: key });
    const covered = statusOf(coverage, key) === 'report';
    return { value: key, label: covered ? label : coverageText.optionMark(label), covered };
  });
}

function ComparisonView({ periods, coverage, filters }: { periods: ResolvedPeriods; coverage: Coverage; filters: Filters }) {
  const options = pickerOptions(coverage, periods);
  const filtersQuery = toSearchParams(filters).toString();
  if (!periods.a) return <SingleView periods={periods} coverage={coverage} filters={filters} options={options} filtersQuery={filtersQuery} />;
  const db = getDb();
  const full = { a: periods.a, b: periods.b };
  const comparison = loadComparison(db, filters, full);
  const { a, b, countries } = comparison;
  const summary = comparisonSummary(db, comparison, filters);
  const exportContext = loadCompareExportContext(db, filters, full);
  return (
    <>
      <PeriodPicker periods={periods} quarters={options} filtersQuery={filtersQuery} />
      {!comparison.comparable && (
        <p role="status" className="notice coverage-warning" data-testid="compare-coverage-warning">
          {t.notComparable(comparison.missing)}
        </p>
      )}
      <SummaryBlock text={summary} testId="compare-summary" />
      <BriefLink filters={b.filters} />
      {a.figures.events + b.figures.events === 0 ? (
        <EmptyState />
      ) : (
        <>
          <PptxExportButton figures={DECK_FIGURES} summary={summary} context={exportContext} eventsQuery={toSearchParams(spanFilters(filters, full.a, full.b)).toString()} fileBase="compare" keyFigures={figureComparison(a.figures, b.figures, { a: a.label, b: b.label })} />
          <Card title={t.figuresTitle} testId="compare-figures" exportAs={{ figure: 'compare-figures', context: exportContext }}>
            <FigureTable caption={t.figuresCaption} columns={{ a, b }} comparable={comparison.comparable} testIdPrefix="cmp-figure" />
          </Card>
          <CompareCharts charts={pairedCharts(comparison, getSpheres(db))} periodLabels={{ a: a.label, b: b.label }} uncovered={{ a: a.coverage.status !== 'complete', b: b.coverage.status !== 'complete' }} exportContext={exportContext} />
          <CountryChangeSection a={a} b={b} countries={countries} comparable={comparison.comparable} filters={filters} exportContext={exportContext} />
          <YearOverYear b={b} coverage={coverage} filters={filters} />
        </>
      )}
    </>
  );
}

/** One period only: no quarter before B has its report (or none was chosen). Its figures, and a note why nothing is compared. */
function SingleView({ periods, coverage, filters, options, filtersQuery }: { periods: ResolvedPeriods; coverage: Coverage; filters: Filters; options: ReturnType<typeof pickerOptions>; filtersQuery: string }) {
  const db = getDb();
  const b: PeriodData = loadPeriod(db, filters, periods.b);
  const single = coveredQuarters(coverage).length <= 1;
  const note = single ? t.single(periodLabel(periods.b)) : t.singleBefore(periodLabel(periods.b));
  const summary = buildCompareSummary({ periods, scope: scopePhrase(filters, getFilterNames(db, filters)), single: singleValued(filters), figures: { b: b.figures }, coverage: { b: b.coverage }, topCountries: b.countries, spheres: b.spheres, countries: [], comparable: false, missing: '' });
  return (
    <>
      <PeriodPicker periods={periods} quarters={options} filtersQuery={filtersQuery} />
      <p role="status" className="notice compare-single" data-testid="compare-single-note">
        {note}
      </p>
      <SummaryBlock text={summary} testId="compare-summary" />
      <Card title={`${t.singleTitle}: ${b.label}`} testId="compare-figures">
        <FigureTable caption={t.figuresCaption} columns={{ b }} comparable={false} testIdPrefix="cmp-figure" />
      </Card>
    </>
  );
}
