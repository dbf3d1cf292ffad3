import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { countries, eventPlaces, events, places } from '@/db/schema';
import type { Filters } from '@/lib/filters/filters';
import { memoised } from './cache';
import { rollupPlacePoints } from './rollups/figures';
import { rollupScope } from './rollups/scope';
import { eventWhere } from './where';
import type { RegionGroup } from '@/lib/vocabulary';

/** Events listed in a place's popup; the count is always the full one. */
const POPUP_EVENTS = 15;

/** A settlement as the map draws it. */
export interface MapPlace {
  id: number;
  name: string;
  countryCode: string;
  countryName: string;
  region: RegionGroup;
  lat: number;
  lon: number;
}

export interface PlacePoint extends MapPlace {
  events: number;
  /** The popup's events when known up front (the event page's own event); otherwise loaded when the popup opens. */
  sample?: PlaceEvent[];
}

/** An event listed in a place's popup. */
export interface PlaceEvent {
  id: number;
  title: string;
  startDate: string | null;
  endDate: string | null;
  datePrecision: string | null;
}

/** Every place with matching events, most events first: one pass over the matching events, counted per place. */
export const getPlacePoints = memoised('getPlacePoints', (db: Db, filters: Filters): PlacePoint[] => {
  const scope = rollupScope(filters);
  if (scope) return rollupPlacePoints(db, scope);
  return db.all<PlacePoint>(sql`
    with counted as (
      select ${eventPlaces.placeId} as place_id, count(*) as events
      from ${eventPlaces} join ${events} on ${events.id} = ${eventPlaces.eventId}
      where ${eventWhere(filters)}
      group by ${eventPlaces.placeId}
    )
    select ${places.id} as id, ${places.name} as name, ${places.countryCode} as countryCode, ${countries.nameRu} as countryName,
      ${countries.region} as region, ${places.lat} as lat, ${places.lon} as lon, counted.events as events
    from counted
    join ${places} on ${places.id} = counted.place_id
    join ${countries} on ${countries.code} = ${places.countryCode}
    order by counted.events desc, ${places.name}, ${places.id}`);
});

/** The first `limit` events (by date) of one place under the filters: what its popup lists. */
export const getPlaceEvents = memoised('getPlaceEvents', (db: Db, filters: Filters, placeId: number, limit: number = POPUP_EVENTS): PlaceEvent[] =>
  db
    .select({ id: events.id, title: events.title, startDate: events.startDate, endDate: events.endDate, datePrecision: events.datePrecision })
    .from(events)
    .innerJoin(eventPlaces, and(eq(eventPlaces.eventId, events.id), eq(eventPlaces.placeId, placeId)))
    .where(eventWhere(filters))
    .orderBy(asc(events.startDate), asc(events.id))
    .limit(limit)
    .all(),
);
