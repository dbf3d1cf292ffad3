/**
 * Every ranked bar figure as one function from the filters to what it shows: the bars the page draws
 * (ranked, zero bars left out, cut at the figure's limit) and the rows behind them. The page, its
 * data files (lib/export/figures.ts) and the decks (the PNG of the page's chart) all read the same
 * function, so a chart and its files cannot disagree. The comparison page's paired bars follow the
 * same rule in lib/compare/paired-bars.ts.
 */
import 'server-only';
import type { Db } from '@/db/client';
import type { Filters } from '@/lib/filters/filters';
import { getEventsByCountry, getEventsByRegion, type CountryCount, type RegionCount } from '@/lib/queries/countries';
import { getPlacePoints, type PlacePoint } from '@/lib/queries/places';
import { getSmeByCountry, getSmeByKind, type SmeByCountry, type SmeByKind } from '@/lib/queries/sme';
import { getEventsBySphere, getSpheres, type SphereCount } from '@/lib/queries/spheres';
import { countryBar, kindBar, placeBar, regionBar, sphereBar, type ToBar, withSme } from './bars';
import type { BarItem } from './types';

export interface BarFigure<T> {
  /** The bars the chart draws, biggest first. */
  bars: BarItem[];
  /** The rows behind `bars`, in the same order. */
  shown: T[];
}

/** The overview's and the справка's partner countries: the ten with most events. */
export const TOP_COUNTRIES = 10;
/** Country and sphere pages: bars for the places with most events; all of them are on the map. */
const TOP_PLACES = 15;

/** Leaves out zero bars, ranks the rest biggest first and keeps the first `limit`. */
function rankedFigure<T>(rows: T[], value: (row: T) => number, toBar: ToBar<T>, limit = Number.POSITIVE_INFINITY): BarFigure<T> {
  const shown = rows
    .filter((row) => value(row) > 0)
    .sort((a, b) => value(b) - value(a))
    .slice(0, limit);
  return { bars: shown.map((row) => toBar(row, value(row))), shown };
}

/** Partner countries by events (all of them, or the first `limit`). */
export function countriesFigure(db: Db, filters: Filters, limit?: number): BarFigure<CountryCount> {
  return rankedFigure(getEventsByCountry(db, filters), (row) => row.events, countryBar(filters), limit);
}

export function regionsFigure(db: Db, filters: Filters): BarFigure<RegionCount> {
  return rankedFigure(getEventsByRegion(db, filters), (row) => row.events, regionBar(filters));
}

/** Spheres by events, or by SME participations (whose bars open only the events with SMEs). */
export function spheresFigure(db: Db, filters: Filters, pick: 'events' | 'smeParticipations' = 'events'): BarFigure<SphereCount> {
  const drill = pick === 'events' ? filters : withSme(filters);
  return rankedFigure(getEventsBySphere(db, filters), (row) => row[pick], sphereBar(getSpheres(db), drill));
}

/** SME participations by country; the bars open only the events with SMEs. */
export function smeCountriesFigure(db: Db, filters: Filters): BarFigure<SmeByCountry> {
  return rankedFigure(getSmeByCountry(db, filters), (row) => row.smeParticipations, countryBar(withSme(filters)));
}

export function smeKindsFigure(db: Db, filters: Filters): BarFigure<SmeByKind> {
  return rankedFigure(getSmeByKind(db, filters), (row) => row.smeParticipations, kindBar(withSme(filters)));
}

/** Places by events, the first TOP_PLACES; `total` is how many places the map shows. */
export function placesFigure(db: Db, filters: Filters): BarFigure<PlacePoint> & { total: number } {
  const points = getPlacePoints(db, filters);
  return { ...rankedFigure(points, (point) => point.events, placeBar(filters), TOP_PLACES), total: points.length };
}
