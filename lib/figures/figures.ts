/**
 * Every ranked bar figure as one function from the filters to what it shows: the bars the page
 * draws (ranked, zero bars left out, the first BAR_LIMIT and one "прочие" bar for the rest) and
 * every row behind them. The page draws `bars`, its data files (lib/export/figures.ts) list `all`
 * with the bar each row is drawn in, and the decks take the page's chart picture, so a chart and
 * its files cannot disagree. The comparison's paired bars follow the same rule
 * (lib/compare/paired-bars.ts).
 */
import 'server-only';
import type { Db } from '@/db/client';
import type { Filters } from '@/lib/filters/filters';
import { chartText } from '@/lib/i18n/ru';
import { OTHER_COLOR } from '@/lib/palette';
import { getEventsByCountry, getEventsByRegion, type CountryCount, type RegionCount } from '@/lib/queries/countries';
import { getCoverage } from '@/lib/queries/coverage';
import { getQuarterTrend } from '@/lib/queries/overview';
import { getPlacePoints, type PlacePoint } from '@/lib/queries/places';
import { getSmeByCountry, getSmeByKind, type SmeByCountry, type SmeByKind } from '@/lib/queries/sme';
import { getEventsBySphere, getSpheres, type SphereCount } from '@/lib/queries/spheres';
import { countryDimension, type Dimension, kindDimension, placeDimension, regionDimension, sphereDimension, sphereTrend, withSme } from './bars';
import { type BarItem, OTHERS_KEY, type QuarterRow, type QuarterSeries } from './types';

/**
 * Bars a category chart draws before the rest become "прочие": ten bars and "прочие" (eleven rows,
 * 390 px) fill a slide's picture at a scale of about 1.6, so its 12 px labels are 14 pt or more at
 * 1920×1080 (app/_components/export/slide-frame.ts).
 */
export const BAR_LIMIT = 10;

export interface BarFigure<T> {
  /** The bars the chart draws, biggest first; the last one gathers the rest ("прочие") when the list is cut. */
  bars: BarItem[];
  /** Every row with a value, ranked as the bars (the data files list them all). */
  all: T[];
  /** How many of `all` have their own bar. */
  shown: number;
  /** Under the chart when it is cut: how many are shown and where the rest are. */
  note?: string;
}

/**
 * Leaves out zero bars, ranks the rest biggest first and, when more than `limit` + 1 remain, keeps
 * the first `limit` and adds one "прочие" bar with the sum of the others (a "прочие" of one would
 * hide a bar that fits).
 */
function rankedFigure<T>(rows: T[], value: (row: T) => number, dimension: Dimension<T>, limit = BAR_LIMIT): BarFigure<T> {
  const all = rows.filter((row) => value(row) > 0).sort((a, b) => value(b) - value(a));
  if (all.length <= limit + 1) return { bars: all.map((row) => dimension.toBar(row, value(row))), all, shown: all.length };
  const rest = all.slice(limit);
  const others: BarItem = {
    key: OTHERS_KEY,
    label: chartText.otherBar(rest.length),
    fullLabel: chartText.otherFull(rest.map((row) => dimension.toBar(row, 0).label)),
    value: rest.reduce((sum, row) => sum + value(row), 0),
    href: dimension.othersHref(rest),
    color: OTHER_COLOR,
  };
  const bars = [...all.slice(0, limit).map((row) => dimension.toBar(row, value(row))), others];
  return { bars, all, shown: limit, note: chartText.topNote(limit, all.length) };
}

/** The label of the bar a row is drawn in: its own, or the "прочие" bar. */
export function barOf<T>(figure: BarFigure<T>, index: number): string {
  return (index < figure.shown ? figure.bars[index] : figure.bars.at(-1))?.label ?? '';
}

/** Partner countries by events. */
export function countriesFigure(db: Db, filters: Filters): BarFigure<CountryCount> {
  return rankedFigure(getEventsByCountry(db, filters), (row) => row.events, countryDimension(filters));
}

export function regionsFigure(db: Db, filters: Filters): BarFigure<RegionCount> {
  return rankedFigure(getEventsByRegion(db, filters), (row) => row.events, regionDimension(filters));
}

/** Spheres by events, or by SME participations (whose bars open only the events with SMEs). */
export function spheresFigure(db: Db, filters: Filters, pick: 'events' | 'smeParticipations' = 'events'): BarFigure<SphereCount> {
  const drill = pick === 'events' ? filters : withSme(filters);
  return rankedFigure(getEventsBySphere(db, filters), (row) => row[pick], sphereDimension(getSpheres(db), drill));
}

/** SME participations by country; the bars open only the events with SMEs. */
export function smeCountriesFigure(db: Db, filters: Filters): BarFigure<SmeByCountry> {
  return rankedFigure(getSmeByCountry(db, filters), (row) => row.smeParticipations, countryDimension(withSme(filters)));
}

export function smeKindsFigure(db: Db, filters: Filters): BarFigure<SmeByKind> {
  return rankedFigure(getSmeByKind(db, filters), (row) => row.smeParticipations, kindDimension(withSme(filters)));
}

/** Places by events; every place is on the map. */
export function placesFigure(db: Db, filters: Filters): BarFigure<PlacePoint> {
  return rankedFigure(getPlacePoints(db, filters), (point) => point.events, placeDimension(filters));
}

/** Events by quarter and sphere (the stacked trend): every quarter shown, the first spheres coloured, the rest one "прочие" series. */
export function trendFigure(db: Db, filters: Filters): { rows: QuarterRow[]; series: QuarterSeries[] } {
  return sphereTrend(getQuarterTrend(db, filters), getSpheres(db), getCoverage(db), filters);
}

/** What the client chart needs of a figure: its bars and the note under a cut list (not the rows). */
export function chartOf<T>(figure: BarFigure<T>): { items: BarItem[]; note?: string } {
  return { items: figure.bars, note: figure.note };
}

/** The chart on paper (the справка): its note says what was cut, without pointing to downloads. */
export function printedChartOf<T>(figure: BarFigure<T>): { items: BarItem[]; note?: string } {
  return { items: figure.bars, note: figure.note && chartText.cutNote(figure.shown, figure.all.length) };
}
