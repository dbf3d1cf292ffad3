import { countryBars, regionBars, withSme } from '@/app/_components/charts/chart-data';
import { HorizontalBarChart } from '@/app/_components/charts/HorizontalBarChart';
import { loadExportContext } from '@/app/_components/export/export-context';
import { FilteredPage } from '@/app/_components/filters/FilteredPage';
import { Card } from '@/app/_components/ui/Card';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { chartText, countriesText as t, nouns } from '@/lib/i18n/ru';
import { getEventsByCountry, getEventsByRegion } from '@/lib/queries/countries';
import { getFilterCoverage } from '@/lib/queries/coverage';
import { getDb } from '@/lib/queries/db';
import { getSmeByCountry } from '@/lib/queries/sme';
import { CountriesTable } from './CountriesTable';

export const metadata = { title: t.title };

export default async function CountriesPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await loadPageFilters(searchParams);
  const db = getDb();
  const byCountry = getEventsByCountry(db, filters);
  const exportContext = loadExportContext(db, filters);
  const coverage = getFilterCoverage(db, filters);
  const smeBars = countryBars(getSmeByCountry(db, filters), withSme(filters), (c) => c.smeParticipations);
  return (
    <FilteredPage db={db} title={t.title} subtitle={t.subtitle} path="/countries" filters={filters} coverage={coverage} empty={byCountry.length === 0}>
      <div className="grid">
        <Card title={t.regionsTitle} note={t.regionsNote} testId="chart-regions" exportAs={{ figure: 'regions', context: exportContext }}>
          <HorizontalBarChart items={regionBars(getEventsByRegion(db, filters), filters, (r) => r.events)} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.regionsTitle} />
        </Card>
        <Card title={t.byEventsTitle} testId="chart-countries" exportAs={{ figure: 'countries', context: exportContext }}>
          <HorizontalBarChart items={countryBars(byCountry, filters, (c) => c.events)} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.byEventsTitle} />
        </Card>
        <Card title={t.bySmeTitle} note={t.bySmeNote} testId="chart-sme" exportAs={{ figure: 'sme-countries', context: exportContext }}>
          <HorizontalBarChart items={smeBars} unit={nouns.smeParticipation} valueAxisLabel={chartText.smeAxis} ariaLabel={t.bySmeTitle} />
        </Card>
      </div>
      <Card title={t.tableTitle} testId="countries-table-card" exportAs={{ figure: 'countries-table', context: exportContext }}>
        <CountriesTable rows={byCountry} filters={filters} />
      </Card>
    </FilteredPage>
  );
}
