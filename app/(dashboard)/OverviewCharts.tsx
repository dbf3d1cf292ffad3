import Link from 'next/link';
import { Suspense } from 'react';
import { chartOf, countriesFigure, smeCountriesFigure, spheresFigure, trendFigure } from '@/lib/figures/figures';
import { HorizontalBarChart } from '@/app/_components/charts/HorizontalBarChart';
import { QuarterTrendChart } from '@/app/_components/charts/QuarterTrendChart';
import { loadExportContext } from '@/lib/export/context';
import { PptxExportButton } from '@/app/_components/export/PptxExportButton';
import { afterShell } from '@/app/_components/streaming/after-shell';
import { Card } from '@/app/_components/ui/Card';
import { Skeleton } from '@/app/_components/ui/Skeleton';
import { figureTiles } from '@/lib/export/deck-figures';
import { previousFigures } from '@/lib/figures/main-events';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { chartText, mapText, nouns, overviewText as t } from '@/lib/i18n/ru';
import type { CountryCount } from '@/lib/queries/countries';
import { getDb } from '@/lib/queries/db';
import { getKeyFigures } from '@/lib/queries/overview';
import { OverviewMap } from './OverviewMap';

const DECK_FIGURES = ['trend', 'countries-top', 'spheres', 'sme-countries', 'map'] as const;
/** The small map with its legend. */
const MAP_HEIGHT = 380;

interface Props {
  filters: Filters;
  summary: string;
  byCountry: CountryCount[];
}

/** The overview's charts and map, streamed after its key figures and summary. */
export async function OverviewCharts({ filters, summary, byCountry }: Props) {
  await afterShell();
  const db = getDb();
  const trend = trendFigure(db, filters);
  const exportContext = loadExportContext(db, filters);
  return (
    <>
      <PptxExportButton figures={[...DECK_FIGURES]} summary={summary} context={exportContext} eventsQuery={exportContext.query} fileBase="overview" keyFigures={figureTiles(getKeyFigures(db, filters), previousFigures(db, filters))} />
      <div className="grid">
        <Card title={t.trendTitle} note={t.trendNote} testId="chart-trend" exportAs={{ figure: 'trend', context: exportContext }}>
          <QuarterTrendChart rows={trend.rows} series={trend.series} filters={filters} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.trendTitle} />
        </Card>
        <Card title={t.countriesTitle} note={t.countriesNote} testId="chart-countries" exportAs={{ figure: 'countries-top', context: exportContext }}>
          <HorizontalBarChart {...chartOf(countriesFigure(db, filters))} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.countriesTitle} />
        </Card>
        <Card title={t.spheresTitle} testId="chart-spheres" exportAs={{ figure: 'spheres', context: exportContext }}>
          <HorizontalBarChart {...chartOf(spheresFigure(db, filters))} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.spheresTitle} />
        </Card>
        <Card title={t.smeTitle} note={t.smeNote} testId="chart-sme" exportAs={{ figure: 'sme-countries', context: exportContext }}>
          <HorizontalBarChart {...chartOf(smeCountriesFigure(db, filters))} unit={nouns.smeParticipation} valueAxisLabel={chartText.smeAxis} ariaLabel={t.smeTitle} />
        </Card>
        <Card title={t.mapTitle} actions={<Link href={hrefWith('/map', filters)}>{t.mapLink}</Link>} testId="overview-map" exportAs={{ figure: 'map', context: exportContext }}>
          <Suspense fallback={<Skeleton height={MAP_HEIGHT} label={mapText.loading} />}>
            <OverviewMap filters={filters} byCountry={byCountry} />
          </Suspense>
        </Card>
      </div>
    </>
  );
}
