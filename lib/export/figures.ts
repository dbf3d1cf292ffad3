/**
 * What each downloadable figure holds as a table: its title, typed columns and rows. Bar figures
 * read the same lib/figures function as the page that draws them, in the same order: every
 * category, each with the bar it is drawn in (its own, or "Прочие (N)" when the chart is cut), so
 * a spreadsheet holds the chart and the full list behind it. Tables read the same lib/queries
 * functions as the page. One entry per figure id.
 */
import type { Db } from '@/db/client';
import type { Filters } from '@/lib/filters/filters';
import { formatDateRange } from '@/lib/format';
import {
  countriesText,
  coverageText,
  eventsText,
  exportText,
  formatLabels,
  kindLabels,
  mapText,
  overviewText,
  regionLabels,
  smeText,
  spheresText,
} from '@/lib/i18n/ru';
import { byQuarter, quarterShort as quarterName, shownQuarters } from '@/lib/periods';
import { getCoverage } from '@/lib/queries/coverage';
import { barOf, type BarFigure, countriesFigure, placesFigure, regionsFigure, smeCountriesFigure, smeKindsFigure, spheresFigure } from '@/lib/figures/figures';
import { getEventsByCountry } from '@/lib/queries/countries';
import { getEvents } from '@/lib/queries/events';
import { getQuarterTrend } from '@/lib/queries/overview';
import { getPlacePoints } from '@/lib/queries/places';
import { getSmeByQuarter } from '@/lib/queries/sme';
import { getEventsBySphere, getSpheres } from '@/lib/queries/spheres';
import type { RegionGroup } from '@/lib/vocabulary';
import type { PageFigureId } from './figure-ids';

export type CellValue = string | number | null;

export interface Column {
  header: string;
  /** Spreadsheet column width in characters. */
  width: number;
  /** 'date' cells hold ISO dates ("2025-10-21"). */
  type: 'text' | 'number' | 'date';
}

export interface FigureTable {
  title: string;
  columns: Column[];
  rows: CellValue[][];
}

type ReadFigure = (db: Db, filters: Filters) => FigureTable;

const c = exportText.columns;
const text = (header: string, width = 24): Column => ({ header, width, type: 'text' });
const number = (header: string, width = 14): Column => ({ header, width, type: 'number' });
const date = (header: string): Column => ({ header, width: 12, type: 'date' });

const region = (key: RegionGroup) => regionLabels[key];


/**
 * Quarters down (the chart's quarters: gaps and quarters without their report included), the
 * quarter's report coverage, one column per sphere present (as the stacked chart's legend), and the
 * total. A quarter with nothing loaded has empty cells ("н/д"), not zeros.
 */
function readTrend(db: Db, filters: Filters): FigureTable {
  const trend = getQuarterTrend(db, filters);
  const present = new Set(trend.map((row) => row.sphereSlug));
  const spheres = getSpheres(db).filter((sphere) => present.has(sphere.slug));
  const coverage = getCoverage(db);
  const quarters = byQuarter(trend.map((row) => ({ quarterKey: row.quarterKey, key: row.sphereSlug, value: row.events })), coverage, shownQuarters(coverage, filters));
  const rows = quarters.map(({ quarter, status, values }) => {
    const cells = spheres.map((sphere) => (status === 'none' ? null : (values[sphere.slug] ?? 0)));
    return [quarterName(quarter), coverageText.status[status] ?? status, ...cells, status === 'none' ? null : cells.reduce<number>((sum, n) => sum + (n ?? 0), 0)];
  });
  return { title: overviewText.trendTitle, columns: [text(c.quarter, 14), text(c.coverage, 30), ...spheres.map((sphere) => number(sphere.shortLabel)), number(c.total)], rows };
}

/** The figure's rows, each followed by the label of the bar it is drawn in. */
function withBars<T>(figure: BarFigure<T>, cells: (row: T) => CellValue[]): CellValue[][] {
  return figure.all.map((row, i) => [...cells(row), barOf(figure, i)]);
}

const barColumn = text(c.bar, 22);

function readCountries(title: string): ReadFigure {
  return (db, filters) => ({
    title,
    columns: [text(c.country), text(c.region, 20), number(c.events), barColumn],
    rows: withBars(countriesFigure(db, filters), (row) => [row.nameRu, region(row.region), row.events]),
  });
}

function readSpheres(title: string, pick: 'events' | 'smeParticipations'): ReadFigure {
  return (db, filters) => ({
    title,
    columns: [text(c.sphere, 28), text(c.sphereFull, 60), number(pick === 'events' ? c.events : c.sme), barColumn],
    rows: withBars(spheresFigure(db, filters, pick), (row) => [row.shortLabel, row.name, row[pick]]),
  });
}

/** Every place, as the map shows them. */
function readPlaces(title: string): ReadFigure {
  return (db, filters) => ({
    title,
    columns: [text(c.place), text(c.country), number(c.events)],
    rows: getPlacePoints(db, filters).map((place) => [place.name, place.countryName, place.events]),
  });
}

const readPlaceBars: ReadFigure = (db, filters) => ({
  title: countriesText.placesTitle,
  columns: [text(c.place), text(c.country), number(c.events), barColumn],
  rows: withBars(placesFigure(db, filters), (place) => [place.name, place.countryName, place.events]),
});

const readRegions: ReadFigure = (db, filters) => ({
  title: countriesText.regionsTitle,
  columns: [text(c.region), number(c.events), number(c.countries), number(c.sme), barColumn],
  rows: withBars(regionsFigure(db, filters), (row) => [region(row.region), row.events, row.countries, row.smeParticipations]),
});

const readSmeCountries: ReadFigure = (db, filters) => ({
  title: overviewText.smeTitle,
  columns: [text(c.country), text(c.region, 20), number(c.sme), number(c.eventsWithSme), barColumn],
  rows: withBars(smeCountriesFigure(db, filters), (row) => [row.nameRu, region(row.region), row.smeParticipations, row.eventsWithSme]),
});

const readSmeQuarters: ReadFigure = (db, filters) => {
  const coverage = getCoverage(db);
  const values = getSmeByQuarter(db, filters).flatMap((row) => [
    { quarterKey: row.quarterKey, key: 'sme', value: row.smeParticipations },
    { quarterKey: row.quarterKey, key: 'events', value: row.eventsWithSme },
  ]);
  return {
    title: smeText.byQuarterTitle,
    columns: [text(c.quarter, 14), text(c.coverage, 30), number(c.sme), number(c.eventsWithSme)],
    rows: byQuarter(values, coverage, shownQuarters(coverage, filters)).map(({ quarter, status, values: v }) => [
      quarterName(quarter),
      coverageText.status[status] ?? status,
      status === 'none' ? null : (v.sme ?? 0),
      status === 'none' ? null : (v.events ?? 0),
    ]),
  };
};

const readSmeKinds: ReadFigure = (db, filters) => ({
  title: smeText.byKindTitle,
  columns: [text(c.kind, 28), number(c.sme), number(c.eventsWithSme), barColumn],
  rows: withBars(smeKindsFigure(db, filters), (row) => [kindLabels[row.kind], row.smeParticipations, row.eventsWithSme]),
});

const readEvents: ReadFigure = (db, filters) => ({
  title: eventsText.title,
  columns: [
    text(c.report, 10), number(c.row, 8), text(c.title, 60), date(c.start), date(c.end), text(c.dates, 24), text(c.sphere, 24),
    text(c.places, 30), text(c.countries, 30), number(c.smeCount), text(c.format, 16), text(c.kind, 26),
  ],
  rows: getEvents(db, filters).map((event) => [
    event.report,
    event.seq,
    event.title,
    event.startDate,
    event.endDate,
    formatDateRange(event.startDate, event.endDate, event.datePrecision),
    event.sphereShort,
    event.places.join(', '),
    event.countries.map((country) => country.nameRu).join(', '),
    event.smeCount,
    formatLabels[event.format],
    kindLabels[event.kind],
  ]),
});

const readCountriesTable: ReadFigure = (db, filters) => ({
  title: countriesText.tableTitle,
  columns: [text(c.country), text(c.region, 20), number(c.events), number(c.eventsAsVenue, 20), number(c.sme)],
  rows: getEventsByCountry(db, filters).map((row) => [row.nameRu, region(row.region), row.events, row.eventsAsVenue, row.smeParticipations]),
});

const readSpheresTable: ReadFigure = (db, filters) => ({
  title: spheresText.tableTitle,
  columns: [text(c.sphere, 60), number(c.events), number(c.sme), number(c.eventsWithSme, 18)],
  rows: getEventsBySphere(db, filters).map((row) => [row.name, row.events, row.smeParticipations, row.eventsWithSme]),
});

export const FIGURES: Record<PageFigureId, ReadFigure> = {
  trend: readTrend,
  'countries-top': readCountries(overviewText.countriesTitle),
  countries: readCountries(countriesText.byEventsTitle),
  regions: readRegions,
  spheres: readSpheres(overviewText.spheresTitle, 'events'),
  'sme-spheres': readSpheres(spheresText.bySmeTitle, 'smeParticipations'),
  'sme-countries': readSmeCountries,
  'sme-quarters': readSmeQuarters,
  'sme-kinds': readSmeKinds,
  places: readPlaceBars,
  map: readPlaces(overviewText.mapTitle),
  events: readEvents,
  'countries-table': readCountriesTable,
  'spheres-table': readSpheresTable,
  'places-table': readPlaces(mapText.placesTable),
};
