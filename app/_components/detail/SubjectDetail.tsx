/**
 * The body of a detail page about one subject (a country, a sphere): its key figures, its trend by
 * quarter, the ranked bars particular to it, its places and its events. The page looks the subject
 * up and puts it into the filters; this component queries and lays out the rest.
 */
import Link from 'next/link';
import { Suspense } from 'react';
import { trendFigure } from '@/lib/figures/figures';
import { HorizontalBarChart } from '@/app/_components/charts/HorizontalBarChart';
import { PlacesChartSection } from '@/app/_components/charts/PlacesChartSection';
import { figuresUnavailable } from '@/app/_components/coverage/CoverageNotice';
import { FilteredPage } from '@/app/_components/filters/FilteredPage';
import { QuarterTrendChart } from '@/app/_components/charts/QuarterTrendChart';
import type { BarItem } from '@/lib/figures/types';
import { loadExportContext } from '@/lib/export/context';
import { EventFigures } from '@/app/_components/figures/EventFigures';
import { EventsPreview } from '@/app/_components/tables/EventsPreview';
import { Card } from '@/app/_components/ui/Card';
import { Skeleton } from '@/app/_components/ui/Skeleton';
import type { FigureId } from '@/lib/export/figure-ids';
import type { Filters } from '@/lib/filters/filters';
import { chartText, nouns } from '@/lib/i18n/ru';
import { getFilterCoverage } from '@/lib/queries/coverage';
import { getDb } from '@/lib/queries/db';
import { getKeyFigures } from '@/lib/queries/overview';

const PLACES_HEIGHT = 510;
const EVENTS_HEIGHT = 400;

interface Props {
  /** The filter bar's filters with the page's subject in place of any chosen in the bar. */
  filters: Filters;
  /** The filter bar's own filters, shown as chips and offered to drop when the result is empty. */
  active: Filters;
  /** The page's path, for the chips' links. */
  path: string;
  back: { href: string; label: string };
  title: string;
  subtitle: string;
  /** Off on a country page, where "partner countries" would count the country itself. */
  showPartners?: boolean;
  trendTitle: string;
  /** The ranked bars particular to the subject: a country's spheres, a sphere's countries. */
  bars: { title: string; testId: string; figure: FigureId; items: BarItem[]; note?: string };
  places: { title: string; note?: string };
  events: { title: string; testId: string };
}

export function SubjectDetail({ filters, active, path, back, title, subtitle, showPartners, trendTitle, bars, places, events }: Props) {
  const db = getDb();
  const figures = getKeyFigures(db, filters);
  const trend = trendFigure(db, filters);
  const exportContext = loadExportContext(db, filters);
  const coverage = getFilterCoverage(db, filters);
  return (
    <FilteredPage
      db={db}
      title={title}
      subtitle={subtitle}
      path={path}
      filters={active}
      coverage={coverage}
      empty={figures.events === 0}
      before={
        <p>
          <Link href={back.href}>{back.label}</Link>
        </p>
      }
      lead={<EventFigures figures={figures} filters={filters} showPartners={showPartners} unavailable={figuresUnavailable(coverage)} />}
    >
      <div className="grid">
        <Card title={trendTitle} testId="chart-trend" exportAs={{ figure: 'trend', context: exportContext }}>
          <QuarterTrendChart rows={trend.rows} series={trend.series} filters={filters} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={trendTitle} />
        </Card>
        <Card title={bars.title} testId={bars.testId} exportAs={{ figure: bars.figure, context: exportContext }}>
          <HorizontalBarChart items={bars.items} note={bars.note} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={bars.title} />
        </Card>
        <Card title={places.title} note={places.note} testId="chart-places" exportAs={{ figure: 'places', context: exportContext }}>
          <Suspense fallback={<Skeleton height={PLACES_HEIGHT} />}>
            <PlacesChartSection filters={filters} ariaLabel={places.title} />
          </Suspense>
        </Card>
      </div>
      <Card title={events.title} testId={events.testId} exportAs={{ figure: 'events', context: exportContext }}>
        <Suspense fallback={<Skeleton height={EVENTS_HEIGHT} />}>
          <EventsPreview filters={filters} caption={events.title} showSme={figures.eventsWithSme > 0} testId="events-table" />
        </Suspense>
      </Card>
    </FilteredPage>
  );
}
