import { HorizontalBarChart } from '@/app/_components/charts/HorizontalBarChart';
import { FilteredPage } from '@/app/_components/filters/FilteredPage';
import { Card } from '@/app/_components/ui/Card';
import { loadExportContext } from '@/lib/export/context';
import { chartOf, spheresFigure } from '@/lib/figures/figures';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { chartText, nouns, spheresText as t } from '@/lib/i18n/ru';
import { getFilterCoverage } from '@/lib/queries/coverage';
import { getDb } from '@/lib/queries/db';
import { getEventsBySphere } from '@/lib/queries/spheres';
import { SpheresTable } from './SpheresTable';

export const metadata = { title: t.title };

export default async function SpheresPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await loadPageFilters(searchParams);
  const db = getDb();
  const bySphere = getEventsBySphere(db, filters);
  const exportContext = loadExportContext(db, filters);
  const coverage = getFilterCoverage(db, filters);
  return (
    <FilteredPage db={db} title={t.title} subtitle={t.subtitle} path="/spheres" filters={filters} coverage={coverage} empty={bySphere.length === 0}>
      <div className="grid">
        <Card title={t.byEventsTitle} testId="chart-spheres" exportAs={{ figure: 'spheres', context: exportContext }}>
          <HorizontalBarChart {...chartOf(spheresFigure(db, filters))} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.byEventsTitle} />
        </Card>
        <Card title={t.bySmeTitle} testId="chart-sme" exportAs={{ figure: 'sme-spheres', context: exportContext }}>
          <HorizontalBarChart {...chartOf(spheresFigure(db, filters, 'smeParticipations'))} unit={nouns.smeParticipation} valueAxisLabel={chartText.smeAxis} ariaLabel={t.bySmeTitle} />
        </Card>
      </div>
      <Card title={t.tableTitle} testId="spheres-table-card" exportAs={{ figure: 'spheres-table', context: exportContext }}>
        <SpheresTable rows={bySphere} filters={filters} />
      </Card>
    </FilteredPage>
  );
}
