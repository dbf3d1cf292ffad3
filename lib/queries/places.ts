import 'server-only';
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { countries, eventPlaces, events, places } from '@/db/schema';
import type { Filters } from '@/lib/filters/filters';
import { eventWhere } from './where';

/** Events listed in a place's popup; the count is always the full one. */
const POPUP_EVENTS = 15;

export interface PlacePoint {
  id: number;
  name: string;
  countryCode: string;
  countryName: string;
  region: string;
  lat: number;
  lon: number;
  events: number;
  sample: PlaceEvent[];
}

/** An event listed in a place's popup. */
export interface PlaceEvent {
  id: number;
  title: string;
  startDate: string | null;
  endDate: string | null;
  datePrecision: string | null;
}

export function getPlacePoints(db: Db, filters: Filters): PlacePoint[] {
  const where = eventWhere(filters);
  const points = db
    .select({
      id: places.id,
      name: places.name,
      countryCode: places.countryCode,
      countryName: countries.nameRu,
      region: countries.region,
      lat: places.lat,
      lon: places.lon,
      events: count(),
    })
    .from(eventPlaces)
    .innerJoin(events, eq(events.id, eventPlaces.eventId))
    .innerJoin(places, eq(places.id, eventPlaces.placeId))
    .innerJoin(countries, eq(countries.code, places.countryCode))
    .where(where)
    .groupBy(places.id)
    .orderBy(desc(count()), asc(places.name))
    .all();
  const samples = getSamples(db, where, points.map((point) => point.id));
  return points.map((point) => ({ ...point, sample: samples.get(point.id) ?? [] }));
}

/** The first events of each place (by date), at most POPUP_EVENTS per place, in one query. */
function getSamples(db: Db, where: SQL | undefined, placeIds: number[]): Map<number, PlacePoint['sample']> {
  const map = new Map<number, PlacePoint['sample']>();
  if (placeIds.length === 0) return map;
  const rows = db.all<PlaceEvent & { placeId: number }>(sql`
    select place_id as placeId, id, title, startDate, endDate, datePrecision from (
      select ${eventPlaces.placeId} as place_id, ${events.id} as id, ${events.title} as title, ${events.startDate} as startDate,
        ${events.endDate} as endDate, ${events.datePrecision} as datePrecision,
        row_number() over (partition by ${eventPlaces.placeId} order by ${events.startDate}, ${events.id}) as n
      from ${eventPlaces} join ${events} on ${events.id} = ${eventPlaces.eventId}
      where ${and(where, inArray(eventPlaces.placeId, placeIds))}
    ) where n <= ${POPUP_EVENTS}`);
  for (const { placeId, ...event } of rows) map.set(placeId, [...(map.get(placeId) ?? []), event]);
  return map;
}
