import { EmptyState } from '@/app/_components/ui/EmptyState';
import { Card } from '@/app/_components/ui/Card';
import { countryChanges, type CountryChange } from '@/lib/compare/pairs';
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
import { hasPeriodFilters, loadPeriod, periodLabel, sharedFilters, type PeriodData } from './comparison';

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
      {periods ? <Comparison periods={periods} quarters={quarters} filters={sharedFilters(filters)} /> : <EmptyState text={t.noData} />}
    </>
  );
}

function Comparison({ periods, quarters, filters }: { periods: ComparePeriods; quarters: string[]; filters: Filters }) {
  const db = getDb();
  const a = loadPeriod(db, filters, periods.a);
  const b = loadPeriod(db, filters, periods.b);
  const offered = [...new Set([...quarters, periods.a.from, periods.a.to, periods.b.from, periods.b.to])].sort();
  const countries = countryChanges(a.countries, b.countries);
  return (
    <>
      <PeriodPicker periods={periods} quarters={offered.map((key) => ({ value: key, label: periodLabel({ from: key, to: key }) }))} filtersQuery={toSearchParams(filters).toString()} />
      <SummaryBlock text={summaryOf(periods, hasActiveFilters(filters), a, b, countries)} testId="compare-summary" />
      {a.figures.events + b.figures.events === 0 ? (
        <EmptyState />
      ) : (
        <>
          <Card title={t.figuresTitle} testId="compare-figures">
            <FigureTable caption={t.figuresCaption} columns={{ a, b }} testIdPrefix="cmp-figure" />
          </Card>
          <CompareCharts a={a} b={b} spheres={getSpheres(db)} filters={filters} />
          <CountryChangeSection a={a} b={b} countries={countries} filters={filters} />
          <YearOverYear b={b} quarters={quarters} filters={filters} />
        </>
      )}
    </>
  );
}

function summaryOf(periods: ComparePeriods, filtered: boolean, a: PeriodData, b: PeriodData, countries: CountryChange[]): string {
  return buildCompareSummary({ periods, filtered, figures: { a: a.figures, b: b.figures }, topCountries: b.countries, spheres: b.spheres, countries });
}
