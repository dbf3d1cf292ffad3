import type { Metadata } from 'next';
import { countriesFigure, printedChartOf, spheresFigure } from '@/lib/figures/figures';
import { HorizontalBarChart } from '@/app/_components/charts/HorizontalBarChart';
import { EventsMap } from '@/app/_components/map/EventsMap';
import { loadBrief } from '@/lib/brief/load-brief';
import { env } from '@/lib/env';
import { toSearchParams } from '@/lib/filters/filters';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { briefText as t, chartText, nouns } from '@/lib/i18n/ru';
import { getEventsByCountry } from '@/lib/queries/countries';
import { getDb } from '@/lib/queries/db';
import { getPlacePoints } from '@/lib/queries/places';
import { BriefEventsTable } from './BriefEventsTable';
import { BriefFigure } from './BriefFigure';
import { BriefFiguresTable } from './BriefFiguresTable';
import { BriefToolbar } from './BriefToolbar';
import './brief.css';

export const metadata: Metadata = { title: t.title };

/** The "справка": an A4 sheet for print, with the same content downloadable as Word. */
export default async function BriefPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await loadPageFilters(searchParams);
  const db = getDb();
  const brief = loadBrief(db, filters, new Date());
  const byCountry = getEventsByCountry(db, filters);
  const hasEvents = brief.figures.some((figure) => figure.key === 'events' && figure.value > 0);
  return (
    <main id="main" className="brief" tabIndex={-1}>
      <BriefToolbar brief={brief} backHref={`/?${toSearchParams(filters).toString()}`} />
      <article className="brief-sheet">
        <header className="brief-head">
          <h1>{brief.title}</h1>
          <dl className="brief-meta">
            <dt>{t.period}</dt>
            <dd>{brief.periodLabel}</dd>
            <dt>{t.prepared}</dt>
            <dd>{brief.preparedOn}</dd>
          </dl>
          <p className="brief-filters">{brief.filtersLabel}</p>
          <p className="brief-coverage">
            <strong>{t.coverage}:</strong> {brief.coverage}
          </p>
        </header>
        <section aria-labelledby="brief-figures">
          <h2 id="brief-figures">{t.figuresTitle}</h2>
          <BriefFiguresTable brief={brief} />
        </section>
        <section aria-labelledby="brief-summary">
          <h2 id="brief-summary">{t.summaryTitle}</h2>
          <p className="brief-summary">{brief.summary}</p>
        </section>
        {hasEvents ? (
          <>
            <BriefFigure id="countries" title={t.countriesTitle}>
              <HorizontalBarChart {...printedChartOf(countriesFigure(db, filters))} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.countriesTitle} />
            </BriefFigure>
            <BriefFigure id="spheres" title={t.spheresTitle}>
              <HorizontalBarChart {...printedChartOf(spheresFigure(db, filters))} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.spheresTitle} />
            </BriefFigure>
            <BriefFigure id="map" title={t.mapTitle}>
              <EventsMap
                size="small"
                places={getPlacePoints(db, filters)}
                countries={byCountry.map(({ code, nameRu, events }) => ({ code, nameRu, events }))}
                filtersQuery={toSearchParams(filters).toString()}
                tileUrl={env.tileUrl}
                tileAttribution={env.tileAttribution}
              />
            </BriefFigure>
            <section aria-labelledby="brief-events">
              <h2 id="brief-events">{t.eventsTitle}</h2>
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region wider than the screen must be scrollable by keyboard (axe: scrollable-region-focusable) */}
              <div className="table-scroll" tabIndex={0} role="region" aria-label={t.eventsTitle}>
                <BriefEventsTable brief={brief} />
              </div>
              <p className="brief-note">{brief.eventsNote}</p>
            </section>
          </>
        ) : (
          <p>{t.empty}</p>
        )}
      </article>
    </main>
  );
}
