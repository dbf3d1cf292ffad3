import 'server-only';
import { and, asc, count, desc, eq, gt, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { countries, eventCountries, eventPlaces, events, importWarnings, places, reports, spheres } from '@/db/schema';
import { EMPTY_FILTERS, toSearchParams, type Filters } from '@/lib/filters/filters';
import { memoised } from './cache';
import { type EventHead, eventHeadColumns } from './event-head';
import type { MapPlace } from './places';
import { rollupEventCount } from './rollups/figures';
import { rollupScope } from './rollups/scope';
import { eventWhere } from './where';
import type { EventFormat, EventKind, PlaceSource, RegionGroup, StoredWarningCode } from '@/lib/vocabulary';

const EVENT_SORTS = ['date', '-date', 'title', '-title', 'sme', '-sme', 'sphere', '-sphere'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];
type EventSortColumn = 'date' | 'title' | 'sme' | 'sphere';

/** A `sort` URL value, or the default (date ascending) when it is missing or not one of EVENT_SORTS. */
export function parseEventSort(value: unknown): EventSort {
  return EVENT_SORTS.find((sort) => sort === value) ?? 'date';
}

export interface EventListItem extends EventHead {
  datePrecision: string | null;
  sphereSlug: string;
  sphereShort: string;
  sphereName: string;
  smeCount: number | null;
  format: EventFormat;
  kind: EventKind;
  places: string[];
  countries: { code: string; nameRu: string }[];
}

export interface EventListOptions {
  sort?: EventSort;
  withSme?: boolean;
  /** Page size; all rows when omitted. */
  limit?: number;
  offset?: number;
}

/** Undated rows and rows without an SME count go last in both directions. */
const SORT_KEYS: Record<EventSortColumn, { value: SQL; missingLast?: SQL }> = {
  date: { value: sql`${events.startDate}`, missingLast: sql`${events.startDate} is null` },
  title: { value: sql`${events.title}` },
  sme: { value: sql`${events.smeCount}`, missingLast: sql`${events.smeCount} is null` },
  sphere: { value: sql`${spheres.position}` },
};

function orderOf(sort: EventSort): SQL[] {
  const key = SORT_KEYS[sort.replace('-', '') as EventSortColumn];
  const value = sort.startsWith('-') ? desc(key.value) : asc(key.value);
  return [...(key.missingLast ? [asc(key.missingLast)] : []), value, asc(reports.periodKey), asc(events.seq)];
}

function listWhere(filters: Filters, withSme = false): SQL | undefined {
  return and(eventWhere(filters), withSme ? gt(events.smeCount, 0) : undefined);
}

export const getEvents = memoised('getEvents', (db: Db, filters: Filters, options: EventListOptions = {}): EventListItem[] => {
  const query = db
    .select({
      ...eventHeadColumns(),
      datePrecision: events.datePrecision,
      sphereSlug: spheres.slug,
      sphereShort: spheres.shortLabel,
      sphereName: spheres.name,
      smeCount: events.smeCount,
      format: events.format,
      kind: events.kind,
    })
    .from(events)
    .innerJoin(reports, eq(reports.id, events.reportId))
    .innerJoin(spheres, eq(spheres.id, events.sphereId))
    .where(and(listWhere(filters, options.withSme), pageCutoff(db, filters, options)))
    .orderBy(...orderOf(options.sort ?? 'date'))
    .$dynamic();
  const rows = (options.limit === undefined ? query : query.limit(options.limit).offset(options.offset ?? 0)).all();
  const ids = rows.map((row) => row.id);
  const placeNames = groupPlaceNames(db, ids);
  const countryNames = groupCountries(db, ids);
  return rows.map((row) => ({ ...row, places: placeNames.get(row.id) ?? [], countries: countryNames.get(row.id) ?? [] }));
});

/**
 * For a page in date order: only rows dated up to the page's last row can be on it. That date
 * comes from walking the index events_date_key in the list's own order (offset + limit entries of
 * the list), so the full sort runs over about one page of rows instead of every match (1 M at the
 * largest scale, 280 000 for the largest partner country). A filter that keeps few rows would make
 * that walk long while sorting its matches is cheap: the walk is used when the filter keeps at
 * least one counted row in WALK_SHARE (so it reads at most about WALK_SHARE × (offset + limit)
 * entries); the planner is told to take the date index (without statistics it would prefer the
 * filter's own index and sort every match). A page reaching the undated rows (last in the order)
 * is sorted in full.
 */
const WALK_SHARE = 20;

function pageCutoff(db: Db, filters: Filters, options: EventListOptions): SQL | undefined {
  if (options.limit === undefined || (options.sort ?? 'date') !== 'date') return undefined;
  const unfiltered = (filters.has ?? []).every((flag) => flag === 'sme') && toSearchParams({ ...filters, has: [] }).size === 0;
  if (!unfiltered && countEvents(db, filters, { withSme: options.withSme }) * WALK_SHARE < countEvents(db, EMPTY_FILTERS)) return undefined;
  const last = db
    // A plain SQL column: drizzle refuses a column of a table it does not see in a raw FROM.
    .select({ startDate: sql<string | null>`${events.startDate}` })
    .from(sql`${events} indexed by events_date_key`)
    .where(listWhere(filters, options.withSme))
    .orderBy(sql`${events.startDate} is null`, asc(events.startDate))
    .limit(1)
    .offset((options.offset ?? 0) + options.limit - 1)
    .get();
  // Written as the index's leading expression, so the rows are read as a range of the index.
  return last?.startDate ? and(sql`(${events.startDate} is null) = 0`, lte(events.startDate, last.startDate)) : undefined;
}

/** How many events match: the total behind a paged list. */
export const countEvents = memoised('countEvents', (db: Db, filters: Filters, options: Pick<EventListOptions, 'withSme'> = {}): number => {
  const scope = rollupScope(filters, { smeFlag: true });
  if (scope) return rollupEventCount(db, scope, options.withSme === true);
  return db.select({ n: count() }).from(events).where(listWhere(filters, options.withSme)).get()?.n ?? 0;
});

function groupPlaceNames(db: Db, ids: number[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  if (ids.length === 0) return map;
  const rows = db
    .select({ eventId: eventPlaces.eventId, name: places.name })
    .from(eventPlaces)
    .innerJoin(places, eq(places.id, eventPlaces.placeId))
    .where(inArray(eventPlaces.eventId, ids))
    .orderBy(asc(eventPlaces.position))
    .all();
  for (const row of rows) map.set(row.eventId, [...(map.get(row.eventId) ?? []), row.name]);
  return map;
}

function groupCountries(db: Db, ids: number[]): Map<number, { code: string; nameRu: string }[]> {
  const map = new Map<number, { code: string; nameRu: string }[]>();
  if (ids.length === 0) return map;
  const rows = db
    .select({ eventId: eventCountries.eventId, code: countries.code, nameRu: countries.nameRu })
    .from(eventCountries)
    .innerJoin(countries, eq(countries.code, eventCountries.countryCode))
    .where(inArray(eventCountries.eventId, ids))
    .orderBy(asc(countries.nameRu))
    .all();
  for (const { eventId, ...country } of rows) map.set(eventId, [...(map.get(eventId) ?? []), country]);
  return map;
}

export interface EventPlace extends MapPlace {
  source: PlaceSource;
}

export interface EventDetail {
  event: typeof events.$inferSelect;
  report: { periodKey: string; title: string; sourceFile: string };
  sphere: { slug: string; name: string; shortLabel: string };
  places: EventPlace[];
  countries: { code: string; nameRu: string; region: RegionGroup; role: 'venue' | 'partner' }[];
  warnings: { code: StoredWarningCode; message: string; location: string | null }[];
}

export const getEventById = memoised('getEventById', (db: Db, id: number): EventDetail | null => {
  const row = db
    .select({ event: events, report: reports, sphere: spheres })
    .from(events)
    .innerJoin(reports, eq(reports.id, events.reportId))
    .innerJoin(spheres, eq(spheres.id, events.sphereId))
    .where(eq(events.id, id))
    .get();
  if (!row) return null;
  const warnings = db
    .select({ code: importWarnings.code, message: importWarnings.message, location: importWarnings.location })
    .from(importWarnings)
    .where(eq(importWarnings.eventId, id))
    .orderBy(asc(importWarnings.id))
    .all();
  return {
    event: row.event,
    report: { periodKey: row.report.periodKey, title: row.report.title, sourceFile: row.report.sourceFile },
    sphere: { slug: row.sphere.slug, name: row.sphere.name, shortLabel: row.sphere.shortLabel },
    places: getEventPlaces(db, id),
    countries: db
      .select({ code: countries.code, nameRu: countries.nameRu, region: countries.region, role: eventCountries.role })
      .from(eventCountries)
      .innerJoin(countries, eq(countries.code, eventCountries.countryCode))
      .where(eq(eventCountries.eventId, id))
      .orderBy(asc(countries.nameRu))
      .all(),
    warnings,
  };
});

function getEventPlaces(db: Db, eventId: number): EventPlace[] {
  return db
    .select({
      id: places.id,
      name: places.name,
      countryCode: places.countryCode,
      countryName: countries.nameRu,
      region: countries.region,
      lat: places.lat,
      lon: places.lon,
      source: eventPlaces.source,
    })
    .from(eventPlaces)
    .innerJoin(places, eq(places.id, eventPlaces.placeId))
    .innerJoin(countries, eq(countries.code, places.countryCode))
    .where(eq(eventPlaces.eventId, eventId))
    .orderBy(asc(eventPlaces.position))
    .all();
}


