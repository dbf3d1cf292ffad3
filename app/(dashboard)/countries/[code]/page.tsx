import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { sphereBars, sphereTrend } from '@/app/_components/charts/chart-data';
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
import { chartText, countriesText as t, nouns, regionLabels } from '@/lib/i18n/ru';
import { getCountryByCode } from '@/lib/queries/countries';
import { getCoverage, getFilterCoverage } from '@/lib/queries/coverage';
import { getDb } from '@/lib/queries/db';
import { getKeyFigures, getQuarterTrend } from '@/lib/queries/overview';
import { getEventsBySphere, getSpheres } from '@/lib/queries/spheres';

const PLACES_HEIGHT = 510;
const EVENTS_HEIGHT = 400;

interface Props {
  params: Promise<{ code: string }>;
  searchParams: SearchParams;
}

export async function generateMetadata({ params }: Props) {
  const { code } = await params;
  const country = /^[A-Z]{2}$/.test(code) ? getCountryByCode(getDb(), code) : undefined;
  return { title: country ? `${country.nameRu} — ${t.title}` : t.title };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const { filters: active } = await loadPageFilters(searchParams);
  const { code } = await params;
  const db = getDb();
  const country = /^[A-Z]{2}$/.test(code) ? getCountryByCode(db, code) : undefined;
  if (!country) notFound();
  // The page is about one country: it replaces any country chosen in the filter bar.
  const filters = { ...active, country: [country.code] };
  const figures = getKeyFigures(db, filters);
  const spheres = getSpheres(db);
  const trend = sphereTrend(getQuarterTrend(db, filters), spheres, getCoverage(db), filters);
  const exportContext = loadExportContext(db, filters);
  const coverage = getFilterCoverage(db, filters);
  return (
    <>
      <p>
        <Link href={hrefWith('/countries', active)}>{t.back}</Link>
      </p>
      <h1>{country.nameRu}</h1>
      <p className="subtitle">
        {t.region}: {regionLabels[country.region] ?? country.region}
      </p>
      <PageFilters filters={active} path={`/countries/${country.code}`} />
      <CoverageNotice coverage={coverage} />
      <EventFigures figures={figures} filters={filters} showPartners={false} unavailable={figuresUnavailable(coverage)} />
      {figures.events === 0 ? (
        <EmptyResult db={db} filters={active} path={`/countries/${country.code}`} text={emptyText(coverage)} />
      ) : (
        <>
          <div className="grid">
            <Card title={t.trendTitle} testId="chart-trend" exportAs={{ figure: 'trend', context: exportContext }}>
              <QuarterTrendChart rows={trend.rows} series={trend.series} filters={filters} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.trendTitle} />
            </Card>
            <Card title={t.spheresTitle} testId="chart-spheres" exportAs={{ figure: 'spheres', context: exportContext }}>
              <HorizontalBarChart items={sphereBars(getEventsBySphere(db, filters), spheres, filters, (s) => s.events)} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.spheresTitle} />
            </Card>
            <Card title={t.placesTitle} note={t.placesNote} testId="chart-places" exportAs={{ figure: 'places', context: exportContext }}>
              <Suspense fallback={<Skeleton height={PLACES_HEIGHT} />}>
                <PlacesChartSection filters={filters} ariaLabel={t.placesTitle} />
              </Suspense>
            </Card>
          </div>
          <Card title={t.countryEventsTitle(country.nameRu)} testId="country-events" exportAs={{ figure: 'events', context: exportContext }}>
            <Suspense fallback={<Skeleton height={EVENTS_HEIGHT} />}>
              <EventsPreview filters={filters} caption={t.countryEventsTitle(country.nameRu)} showSme={figures.eventsWithSme > 0} testId="events-table" />
            </Suspense>
          </Card>
        </>
      )}
    </>
  );
}
