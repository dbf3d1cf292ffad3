import Link from 'next/link';
import { countryBars, sphereBars, sphereTrend, withSme } from '@/app/_components/charts/chart-data';
import { HorizontalBarChart } from '@/app/_components/charts/HorizontalBarChart';
import { QuarterTrendChart } from '@/app/_components/charts/QuarterTrendChart';
import { loadEventsSlideTable, loadExportContext } from '@/app/_components/export/export-context';
import { PptxExportButton } from '@/app/_components/export/PptxExportButton';
import { EventFigures } from '@/app/_components/figures/EventFigures';
import { EventsMap } from '@/app/_components/map/EventsMap';
import { Card } from '@/app/_components/ui/Card';
import { EmptyState } from '@/app/_components/ui/EmptyState';
import { env } from '@/lib/env';
import { hasActiveFilters, hrefWith, toSearchParams, type Filters } from '@/lib/filters/filters';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { chartText, nouns, overviewText as t } from '@/lib/i18n/ru';
import { getEventsByCountry } from '@/lib/queries/countries';
import { getDb } from '@/lib/queries/db';
import { getKeyFigures, getQuarterTrend, getReports } from '@/lib/queries/overview';
import { getPlacePoints } from '@/lib/queries/places';
import { getSmeByCountry } from '@/lib/queries/sme';
import { getEventsBySphere, getSpheres } from '@/lib/queries/spheres';
import { buildOverviewSummary, summaryPeriod } from '@/lib/summary/overview';
import { SummaryBlock } from './SummaryBlock';

const TOP_COUNTRIES = 10;
const DECK_FIGURES = ['trend', 'countries-top', 'spheres', 'sme-countries', 'map'] as const;

/** Without the period filters: what the summary calls "selected filters". */
const otherFiltersActive = (filters: Filters) => hasActiveFilters({ ...filters, from: undefined, to: undefined, report: undefined });

export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await loadPageFilters(searchParams);
  const db = getDb();
  const figures = getKeyFigures(db, filters);
  const spheres = getSpheres(db);
  const bySphere = getEventsBySphere(db, filters);
  const byCountry = getEventsByCountry(db, filters);
  const trend = sphereTrend(getQuarterTrend(db, filters), spheres);
  const summary = buildOverviewSummary({
    period: summaryPeriod(filters, getReports(db).map((report) => report.periodKey)),
    filtered: otherFiltersActive(filters),
    figures,
    topCountries: byCountry,
    spheres: bySphere,
  });
  const exportContext = loadExportContext(db, filters);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="subtitle">{t.subtitle}</p>
      <EventFigures figures={figures} filters={filters} />
      <SummaryBlock text={summary} />
      {figures.events === 0 ? (
        <EmptyState />
      ) : (
        <>
          <PptxExportButton figures={[...DECK_FIGURES]} summary={summary} context={exportContext} table={loadEventsSlideTable(db, filters)} fileBase="overview" />
          <div className="grid">
            <Card title={t.trendTitle} note={t.trendNote} testId="chart-trend" exportAs={{ figure: 'trend', context: exportContext }}>
              <QuarterTrendChart rows={trend.rows} series={trend.series} filters={filters} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.trendTitle} />
            </Card>
            <Card title={t.countriesTitle} note={t.countriesNote} testId="chart-countries" exportAs={{ figure: 'countries-top', context: exportContext }}>
              <HorizontalBarChart items={countryBars(byCountry, filters, (c) => c.events).slice(0, TOP_COUNTRIES)} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.countriesTitle} />
            </Card>
            <Card title={t.spheresTitle} testId="chart-spheres" exportAs={{ figure: 'spheres', context: exportContext }}>
              <HorizontalBarChart items={sphereBars(bySphere, spheres, filters, (s) => s.events)} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.spheresTitle} />
            </Card>
            <Card title={t.smeTitle} note={t.smeNote} testId="chart-sme" exportAs={{ figure: 'sme-countries', context: exportContext }}>
              <HorizontalBarChart items={countryBars(getSmeByCountry(db, filters), withSme(filters), (c) => c.smeParticipations)} unit={nouns.smeParticipation} valueAxisLabel={chartText.smeAxis} ariaLabel={t.smeTitle} />
            </Card>
            <Card title={t.mapTitle} actions={<Link href={hrefWith('/map', filters)}>{t.mapLink}</Link>} testId="overview-map" exportAs={{ figure: 'map', context: exportContext }}>
              <EventsMap
                size="small"
                places={getPlacePoints(db, filters)}
                countries={byCountry.map(({ code, nameRu, events }) => ({ code, nameRu, events }))}
                filtersQuery={toSearchParams(filters).toString()}
                tileUrl={env.tileUrl}
                tileAttribution={env.tileAttribution}
              />
            </Card>
          </div>
        </>
      )}
    </>
  );
}
