import 'server-only';
import { and, asc, desc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { countries, eventCountries, eventPlaces, events, importWarnings, places, reports, spheres } from '@/db/schema';
import type { Filters } from '@/lib/filters/filters';
import { eventWhere } from './where';

export const EVENT_SORTS = ['date', '-date', 'title', '-title', 'sme', '-sme', 'sphere', '-sphere'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

export interface EventListItem {
  id: number;
  report: string;
  seq: number;
  title: string;
  startDate: string | null;
  endDate: string | null;
  datePrecision: string | null;
  sphereSlug: string;
  sphereShort: string;
  smeCount: number | null;
  format: string;
  kind: string;
  places: string[];
  countries: { code: string; nameRu: string }[];
}

const SORT_COLUMNS: Record<string, SQL | typeof events.title> = {
  date: sql`${events.startDate}`,
  title: events.title,
  sme: sql`coalesce(${events.smeCount}, -1)`,
  sphere: sql`${spheres.position}`,
};

export function getEvents(db: Db, filters: Filters, options: { sort?: EventSort; withSme?: boolean } = {}): EventListItem[] {
  const sort = options.sort ?? 'date';
  const column = SORT_COLUMNS[sort.replace('-', '')] ?? events.startDate;
  const rows = db
    .select({
      id: events.id,
      report: reports.periodKey,
      seq: events.seq,
      title: events.title,
      startDate: events.startDate,
      endDate: events.endDate,
      datePrecision: events.datePrecision,
      sphereSlug: spheres.slug,
      sphereShort: spheres.shortLabel,
      smeCount: events.smeCount,
      format: events.format,
      kind: events.kind,
    })
    .from(events)
    .innerJoin(reports, eq(reports.id, events.reportId))
    .innerJoin(spheres, eq(spheres.id, events.sphereId))
    .where(and(eventWhere(filters), options.withSme ? gt(events.smeCount, 0) : undefined))
    .orderBy(sort.startsWith('-') ? desc(column) : asc(column), asc(reports.periodKey), asc(events.seq))
    .all();
  const ids = rows.map((row) => row.id);
  const placeNames = groupNames(getPlaceNames(db, ids));
  const countryNames = groupCountries(db, ids);
  return rows.map((row) => ({ ...row, places: placeNames.get(row.id) ?? [], countries: countryNames.get(row.id) ?? [] }));
}

function getPlaceNames(db: Db, ids: number[]): { eventId: number; name: string }[] {
  if (ids.length === 0) return [];
  return db
    .select({ eventId: eventPlaces.eventId, name: places.name })
    .from(eventPlaces)
    .innerJoin(places, eq(places.id, eventPlaces.placeId))
    .where(inArray(eventPlaces.eventId, ids))
    .orderBy(asc(eventPlaces.position))
    .all();
}

function groupNames(rows: { eventId: number; name: string }[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
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

export interface EventDetail {
  event: typeof events.$inferSelect;
  report: { periodKey: string; title: string; sourceFile: string };
  sphere: { slug: string; name: string; shortLabel: string };
  places: { name: string; countryCode: string; lat: number; lon: number; source: string }[];
  countries: { code: string; nameRu: string; region: string; role: string }[];
  warnings: { code: string; message: string; location: string | null }[];
}

export function getEventById(db: Db, id: number): EventDetail | null {
  const row = db
    .select({ event: events, report: reports, sphere: spheres })
    .from(events)
    .innerJoin(reports, eq(reports.id, events.reportId))
    .innerJoin(spheres, eq(spheres.id, events.sphereId))
    .where(eq(events.id, id))
    .get();
  if (!row) return null;
  return {
    event: row.event,
    report: { periodKey: row.report.periodKey, title: row.report.title, sourceFile: row.report.sourceFile },
    sphere: { slug: row.sphere.slug, name: row.sphere.name, shortLabel: row.sphere.shortLabel },
    places: db
      .select({ name: places.name, countryCode: places.countryCode, lat: places.lat, lon: places.lon, source: places.source })
      .from(eventPlaces)
      .innerJoin(places, eq(places.id, eventPlaces.placeId))
      .where(eq(eventPlaces.eventId, id))
      .orderBy(asc(eventPlaces.position))
      .all(),
    countries: db
      .select({ code: countries.code, nameRu: countries.nameRu, region: countries.region, role: eventCountries.role })
      .from(eventCountries)
      .innerJoin(countries, eq(countries.code, eventCountries.countryCode))
      .where(eq(eventCountries.eventId, id))
      .orderBy(asc(countries.nameRu))
      .all(),
    warnings: db
      .select({ code: importWarnings.code, message: importWarnings.message, location: importWarnings.location })
      .from(importWarnings)
      .where(eq(importWarnings.eventId, id))
      .all(),
  };
}
