import { Suspense } from 'react';
import { BriefLink } from '@/app/brief/BriefLink';
import { EventFigures } from '@/app/_components/figures/EventFigures';
import { EmptyState } from '@/app/_components/ui/EmptyState';
import { Skeleton } from '@/app/_components/ui/Skeleton';
import { hasActiveFilters, type Filters } from '@/lib/filters/filters';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { overviewText as t } from '@/lib/i18n/ru';
import { getEventsByCountry } from '@/lib/queries/countries';
import { getDb } from '@/lib/queries/db';
import { getKeyFigures, getReports } from '@/lib/queries/overview';
import { getEventsBySphere, getSpheres } from '@/lib/queries/spheres';
import { buildOverviewSummary, summaryPeriod } from '@/lib/summary/overview';
import { OverviewCharts } from './OverviewCharts';
import { SummaryBlock } from './SummaryBlock';

/** Two rows of chart cards, while they load. */
const CHARTS_HEIGHT = 900;

/** Without the period filters: what the summary calls "selected filters". */
const otherFiltersActive = (filters: Filters) => hasActiveFilters({ ...filters, from: undefined, to: undefined, report: undefined });

export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await loadPageFilters(searchParams);
  const db = getDb();
  const figures = getKeyFigures(db, filters);
  const spheres = getSpheres(db);
  const bySphere = getEventsBySphere(db, filters);
  const byCountry = getEventsByCountry(db, filters);
  const summary = buildOverviewSummary({
    period: summaryPeriod(filters, getReports(db).map((report) => report.periodKey)),
    filtered: otherFiltersActive(filters),
    figures,
    topCountries: byCountry,
    spheres: bySphere,
  });
  // The figures and the summary (the largest text) come first; charts and map stream in after them.
  return (
    <>
      <h1>{t.title}</h1>
      <p className="subtitle">{t.subtitle}</p>
      <BriefLink filters={filters} />
      <EventFigures figures={figures} filters={filters} />
      <SummaryBlock text={summary} />
      {figures.events === 0 ? (
        <EmptyState />
      ) : (
        <Suspense fallback={<Skeleton height={CHARTS_HEIGHT} />}>
          <OverviewCharts filters={filters} summary={summary} spheres={spheres} bySphere={bySphere} byCountry={byCountry} />
        </Suspense>
      )}
    </>
  );
}
