import { HorizontalBarChart } from '@/app/_components/charts/HorizontalBarChart';
import { FilteredPage } from '@/app/_components/filters/FilteredPage';
import { Card } from '@/app/_components/ui/Card';
import { loadExportContext } from '@/lib/export/context';
import { chartOf, countriesFigure, regionsFigure, smeCountriesFigure } from '@/lib/figures/figures';
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
  return (
    <FilteredPage db={db} title={t.title} subtitle={t.subtitle} path="/countries" filters={filters} coverage={coverage} empty={byCountry.length === 0}>
      <div className="grid">
        <Card title={t.regionsTitle} note={t.regionsNote} testId="chart-regions" exportAs={{ figure: 'regions', context: exportContext }}>
          <HorizontalBarChart {...chartOf(regionsFigure(db, filters))} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.regionsTitle} />
        </Card>
        <Card title={t.byEventsTitle} testId="chart-countries" exportAs={{ figure: 'countries', context: exportContext }}>
          <HorizontalBarChart {...chartOf(countriesFigure(db, filters))} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.byEventsTitle} />
        </Card>
        <Card title={t.bySmeTitle} note={t.bySmeNote} testId="chart-sme" exportAs={{ figure: 'sme-countries', context: exportContext }}>
          <HorizontalBarChart {...chartOf(smeCountriesFigure(db, filters))} unit={nouns.smeParticipation} valueAxisLabel={chartText.smeAxis} ariaLabel={t.bySmeTitle} />
        </Card>
      </div>
      <Card title={t.tableTitle} testId="countries-table-card" exportAs={{ figure: 'countries-table', context: exportContext }}>
        <CountriesTable rows={byCountry} filters={filters} />
      </Card>
    </FilteredPage>
  );
}
