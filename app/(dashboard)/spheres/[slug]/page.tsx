import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { countryBars, sphereTrend } from '@/app/_components/charts/chart-data';
import { HorizontalBarChart } from '@/app/_components/charts/HorizontalBarChart';
import { PlacesChartSection } from '@/app/_components/charts/PlacesChartSection';
import { QuarterTrendChart } from '@/app/_components/charts/QuarterTrendChart';
import { CoverageNotice, emptyText, figuresUnavailable } from '@/app/_components/coverage/CoverageNotice';
import { PageFilters } from '@/app/_components/filters/PageFilters';
import { EmptyResult } from '@/app/_components/filters/EmptyResult';
import { EventFigures } from '@/app/_components/figures/EventFigures';
import { EventsPreview } from '@/app/_components/tables/EventsPreview';
import { loadExportContext } from '@/app/_components/export/export-context';
import { Card } from '@/app/_components/ui/Card';
import { Skeleton } from '@/app/_components/ui/Skeleton';
import { hrefWith } from '@/lib/filters/filters';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { chartText, nouns, spheresText as t } from '@/lib/i18n/ru';
import { getEventsByCountry } from '@/lib/queries/countries';
import { getCoverage, getFilterCoverage } from '@/lib/queries/coverage';
import { getDb } from '@/lib/queries/db';
import { getKeyFigures, getQuarterTrend } from '@/lib/queries/overview';
import { getSphereBySlug, getSpheres } from '@/lib/queries/spheres';

const PLACES_HEIGHT = 510;
const EVENTS_HEIGHT = 400;

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: SearchParams;
}

export async function generateMetadata({ params }: Props) {
  const { slug } = await params;
  const sphere = /^[a-z0-9-]{1,80}$/.test(slug) ? getSphereBySlug(getDb(), slug) : undefined;
  return { title: sphere ? `${sphere.shortLabel} — ${t.title}` : t.title };
}

export default async function SpherePage({ params, searchParams }: Props) {
  const { filters: active } = await loadPageFilters(searchParams);
  const { slug } = await params;
  const db = getDb();
  const sphere = /^[a-z0-9-]{1,80}$/.test(slug) ? getSphereBySlug(db, slug) : undefined;
  if (!sphere) notFound();
  // The page is about one sphere: it replaces any sphere chosen in the filter bar.
  const filters = { ...active, sphere: [sphere.slug] };
  const figures = getKeyFigures(db, filters);
  const trend = sphereTrend(getQuarterTrend(db, filters), getSpheres(db), getCoverage(db), filters);
  const exportContext = loadExportContext(db, filters);
  const coverage = getFilterCoverage(db, filters);
  return (
    <>
      <p>
        <Link href={hrefWith('/spheres', active)}>{t.back}</Link>
      </p>
      <h1>{sphere.name}</h1>
      <p className="subtitle">{sphere.shortLabel}</p>
      <PageFilters filters={active} path={`/spheres/${sphere.slug}`} />
      <CoverageNotice coverage={coverage} />
      <EventFigures figures={figures} filters={filters} unavailable={figuresUnavailable(coverage)} />
      {figures.events === 0 ? (
        <EmptyResult db={db} filters={active} path={`/spheres/${sphere.slug}`} text={emptyText(coverage)} />
      ) : (
        <>
          <div className="grid">
            <Card title={t.trendTitle} testId="chart-trend" exportAs={{ figure: 'trend', context: exportContext }}>
              <QuarterTrendChart rows={trend.rows} series={trend.series} filters={filters} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.trendTitle} />
            </Card>
            <Card title={t.countriesTitle} testId="chart-countries" exportAs={{ figure: 'countries', context: exportContext }}>
              <HorizontalBarChart items={countryBars(getEventsByCountry(db, filters), filters, (c) => c.events)} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.countriesTitle} />
            </Card>
            <Card title={t.placesTitle} testId="chart-places" exportAs={{ figure: 'places', context: exportContext }}>
              <Suspense fallback={<Skeleton height={PLACES_HEIGHT} />}>
                <PlacesChartSection filters={filters} ariaLabel={t.placesTitle} />
              </Suspense>
            </Card>
          </div>
          <Card title={t.eventsTitle} testId="sphere-events" exportAs={{ figure: 'events', context: exportContext }}>
            <Suspense fallback={<Skeleton height={EVENTS_HEIGHT} />}>
              <EventsPreview filters={filters} caption={t.eventsTitle} showSme={figures.eventsWithSme > 0} testId="events-table" />
            </Suspense>
          </Card>
        </>
      )}
    </>
  );
}
