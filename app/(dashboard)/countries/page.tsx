import { CoverageNotice, emptyText } from '@/app/_components/coverage/CoverageNotice';
import { chartOf, countriesFigure, regionsFigure, smeCountriesFigure } from '@/lib/figures/figures';
import { HorizontalBarChart } from '@/app/_components/charts/HorizontalBarChart';
import { loadExportContext } from '@/lib/export/context';
import { PageFilters } from '@/app/_components/filters/PageFilters';
import { EmptyResult } from '@/app/_components/filters/EmptyResult';
import { Card } from '@/app/_components/ui/Card';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { chartText, countriesText as t, nouns } from '@/lib/i18n/ru';
import { getEventsByCountry } from '@/lib/queries/countries';
import { getFilterCoverage } from '@/lib/queries/coverage';
import { getDb } from '@/lib/queries/db';
import { CountriesTable } from './CountriesTable';

export const metadata = { title: t.title };

export default async function CountriesPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await loadPageFilters(searchParams);
  const db = getDb();
  const byCountry = getEventsByCountry(db, filters);
  const exportContext = loadExportContext(db, filters);
  const coverage = getFilterCoverage(db, filters);
  const smeBars = chartOf(smeCountriesFigure(db, filters));
  return (
    <>
      <h1>{t.title}</h1>
      <p className="subtitle">{t.subtitle}</p>
      <PageFilters filters={filters} path="/countries" />
      <CoverageNotice coverage={coverage} />
      {byCountry.length === 0 ? (
        <EmptyResult db={db} filters={filters} path="/countries" text={emptyText(coverage)} />
      ) : (
        <div className="grid">
          <Card title={t.regionsTitle} note={t.regionsNote} testId="chart-regions" exportAs={{ figure: 'regions', context: exportContext }}>
            <HorizontalBarChart {...chartOf(regionsFigure(db, filters))} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.regionsTitle} />
          </Card>
          <Card title={t.byEventsTitle} testId="chart-countries" exportAs={{ figure: 'countries', context: exportContext }}>
            <HorizontalBarChart {...chartOf(countriesFigure(db, filters))} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.byEventsTitle} />
          </Card>
          <Card title={t.bySmeTitle} note={t.bySmeNote} testId="chart-sme" exportAs={{ figure: 'sme-countries', context: exportContext }}>
            <HorizontalBarChart {...smeBars} unit={nouns.smeParticipation} valueAxisLabel={chartText.smeAxis} ariaLabel={t.bySmeTitle} />
          </Card>
        </div>
      )}
      {byCountry.length > 0 && (
        <Card title={t.tableTitle} testId="countries-table-card" exportAs={{ figure: 'countries-table', context: exportContext }}>
          <CountriesTable rows={byCountry} filters={filters} />
        </Card>
      )}
    </>
  );
}
