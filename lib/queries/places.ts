import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { countries, eventPlaces, events, places } from '@/db/schema';
import type { Filters } from '@/lib/filters/filters';
import { memoised } from './cache';
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

type PlaceRow = Omit<PlacePoint, 'sample'> & { eventId: number; title: string; startDate: string | null; endDate: string | null; datePrecision: string | null };

/**
 * Every place with matching events, most events first, with the first POPUP_EVENTS of them (by
 * date) for its popup: one pass over the matching events, counted and ranked per place by window
 * functions. One row per sampled event; a place's rows are consecutive.
 */
export const getPlacePoints = memoised('getPlacePoints', (db: Db, filters: Filters): PlacePoint[] => {
  const rows = db.all<PlaceRow>(sql`
    with matched as (
      select ${eventPlaces.placeId} as place_id, ${events.id} as event_id, ${events.title} as title, ${events.startDate} as start_date,
        ${events.endDate} as end_date, ${events.datePrecision} as date_precision
      from ${eventPlaces} join ${events} on ${events.id} = ${eventPlaces.eventId}
      where ${eventWhere(filters)}
    ),
    ranked as (
      select *, count(*) over (partition by place_id) as events,
        row_number() over (partition by place_id order by start_date, event_id) as n
      from matched
    )
    select ${places.id} as id, ${places.name} as name, ${places.countryCode} as countryCode, ${countries.nameRu} as countryName,
      ${countries.region} as region, ${places.lat} as lat, ${places.lon} as lon, ranked.events as events,
      ranked.event_id as eventId, ranked.title as title, ranked.start_date as startDate, ranked.end_date as endDate, ranked.date_precision as datePrecision
    from ranked
    join ${places} on ${places.id} = ranked.place_id
    join ${countries} on ${countries.code} = ${places.countryCode}
    where ranked.n <= ${POPUP_EVENTS}
    order by ranked.events desc, ${places.name}, ${places.id}, ranked.n`);
  return groupByPlace(rows);
});

function groupByPlace(rows: PlaceRow[]): PlacePoint[] {
  const points: PlacePoint[] = [];
  for (const { eventId, title, startDate, endDate, datePrecision, ...place } of rows) {
    const event = { id: eventId, title, startDate, endDate, datePrecision };
    const last = points.at(-1);
    if (last?.id === place.id) last.sample.push(event);
    else points.push({ ...place, sample: [event] });
  }
  return points;
}
