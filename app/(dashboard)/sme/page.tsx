import { Suspense } from 'react';
import { CoverageNotice, emptyText, figuresUnavailable } from '@/app/_components/coverage/CoverageNotice';
import { quarterRows, withSme } from '@/lib/figures/bars';
import { chartOf, smeCountriesFigure, smeKindsFigure } from '@/lib/figures/figures';
import { HorizontalBarChart } from '@/app/_components/charts/HorizontalBarChart';
import { QuarterTrendChart } from '@/app/_components/charts/QuarterTrendChart';
import type { QuarterSeries } from '@/lib/figures/types';
import { EventsPreview } from '@/app/_components/tables/EventsPreview';
import { loadExportContext } from '@/lib/export/context';
import { PageFilters } from '@/app/_components/filters/PageFilters';
import { Card } from '@/app/_components/ui/Card';
import { EmptyState } from '@/app/_components/ui/EmptyState';
import { KeyFigure } from '@/app/_components/ui/KeyFigure';
import { Skeleton } from '@/app/_components/ui/Skeleton';
import { hrefWith } from '@/lib/filters/filters';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { chartText, nouns, overviewText, plural, smeText as t } from '@/lib/i18n/ru';
import { getCoverage, getFilterCoverage } from '@/lib/queries/coverage';
import { getDb } from '@/lib/queries/db';
import { getKeyFigures } from '@/lib/queries/overview';
import { getSmeByQuarter } from '@/lib/queries/sme';

const SME_COLOR = '#0b5cad';
const EVENTS_HEIGHT = 400;

export const metadata = { title: t.title };

export default async function SmePage({ searchParams }: { searchParams: SearchParams }) {
  const { filters: active } = await loadPageFilters(searchParams);
  const filters = withSme(active);
  const db = getDb();
  // Without the SME flag: the two figures shown are the same (they count SME events only), and
  // the key figures can then come from the rollups.
  const figures = getKeyFigures(db, active);
  const exportContext = loadExportContext(db, filters);
  const periodCoverage = getFilterCoverage(db, filters);
  const unavailable = figuresUnavailable(periodCoverage);
  const series: QuarterSeries[] = [{ key: 'sme', label: t.seriesLabel, fullLabel: t.seriesFullLabel, color: SME_COLOR, filter: {} }];
  const coverage = getCoverage(db);
  const rows = quarterRows(getSmeByQuarter(db, filters).map((row) => ({ quarterKey: row.quarterKey, key: 'sme', value: row.smeParticipations })), coverage, filters);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="subtitle">{t.subtitle}</p>
      <PageFilters filters={active} path="/sme" />
      <CoverageNotice coverage={periodCoverage} />
      <div className="figures">
        <KeyFigure value={unavailable ? null : figures.smeParticipations} label={plural(figures.smeParticipations, overviewText.figureSme)} href={hrefWith('/events', filters)} testId="figure-sme" />
        <KeyFigure value={unavailable ? null : figures.eventsWithSme} label={plural(figures.eventsWithSme, overviewText.figureEventsWithSme)} href={hrefWith('/events', filters)} testId="figure-events-with-sme" />
      </div>
      {figures.eventsWithSme === 0 ? (
        <EmptyState text={emptyText(periodCoverage)} />
      ) : (
        <>
          <div className="grid">
            <Card title={t.byQuarterTitle} note={overviewText.trendNote} testId="chart-quarters" exportAs={{ figure: 'sme-quarters', context: exportContext }}>
              <QuarterTrendChart rows={rows} series={series} filters={filters} unit={nouns.smeParticipation} valueAxisLabel={chartText.smeAxis} ariaLabel={t.byQuarterTitle} />
            </Card>
            <Card title={t.byCountryTitle} note={t.byCountryNote} testId="chart-countries" exportAs={{ figure: 'sme-countries', context: exportContext }}>
              <HorizontalBarChart {...chartOf(smeCountriesFigure(db, filters))} unit={nouns.smeParticipation} valueAxisLabel={chartText.smeAxis} ariaLabel={t.byCountryTitle} />
            </Card>
            <Card title={t.byKindTitle} testId="chart-kinds" exportAs={{ figure: 'sme-kinds', context: exportContext }}>
              <HorizontalBarChart {...chartOf(smeKindsFigure(db, filters))} unit={nouns.smeParticipation} valueAxisLabel={chartText.smeAxis} ariaLabel={t.byKindTitle} />
            </Card>
          </div>
          <Card title={t.eventsTitle} testId="sme-events" exportAs={{ figure: 'events', context: exportContext }}>
            <Suspense fallback={<Skeleton height={EVENTS_HEIGHT} />}>
              <EventsPreview filters={filters} caption={t.eventsTitle} showSme withSme testId="events-table" />
            </Suspense>
          </Card>
        </>
      )}
    </>
  );
}
