import 'server-only';
import { asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { countries, eventCountries, events } from '@/db/schema';
import type { Filters } from '@/lib/filters/filters';
import { memoised } from './cache';
import { rollupEventsByCountry, rollupEventsByRegion } from './rollups/figures';
import { rollupScope } from './rollups/scope';
import { eventWhere } from './where';
import type { RegionGroup } from '@/lib/vocabulary';

export interface CountryCount {
  code: string;
  nameRu: string;
  region: RegionGroup;
  events: number;
  /** Sum of SME counts over the events with this country. */
  smeParticipations: number;
  eventsAsVenue: number;
}

export const getEventsByCountry = memoised('getEventsByCountry', (db: Db, filters: Filters): CountryCount[] => {
  const scope = rollupScope(filters);
  if (scope) return rollupEventsByCountry(db, scope);
  return db
    .select({
      code: countries.code,
      nameRu: countries.nameRu,
      region: countries.region,
      events: count(),
      smeParticipations: sql<number>`coalesce(sum(${events.smeCount}), 0)`,
      eventsAsVenue: sql<number>`sum(${eventCountries.role} = 'venue')`,
    })
    .from(eventCountries)
    .innerJoin(events, eq(events.id, eventCountries.eventId))
    .innerJoin(countries, eq(countries.code, eventCountries.countryCode))
    .where(eventWhere(filters))
    .groupBy(countries.code)
    .orderBy(desc(count()), asc(countries.nameRu))
    .all();
});

export interface RegionCount {
  region: RegionGroup;
  events: number;
  countries: number;
  smeParticipations: number;
}

/** Events per region group; an event with two countries of one group counts once for it. */
export const getEventsByRegion = memoised('getEventsByRegion', (db: Db, filters: Filters): RegionCount[] => {
  const scope = rollupScope(filters);
  if (scope) return rollupEventsByRegion(db, scope);
  const where = eventWhere(filters) ?? sql`1`;
  return db.all<RegionCount>(sql`
    with linked as (
      select distinct ${events.id} as event_id, ${countries.region} as region, ${countries.code} as code, ${events.smeCount} as sme
      from ${events}
      join ${eventCountries} on ${eventCountries.eventId} = ${events.id}
      join ${countries} on ${countries.code} = ${eventCountries.countryCode}
      where ${where}
    ),
    per_event as (select distinct event_id, region, sme from linked)
    select region,
      count(*) as events,
      (select count(distinct code) from linked l where l.region = per_event.region) as countries,
      coalesce(sum(sme), 0) as smeParticipations
    from per_event group by region order by events desc, region`);
});

export interface CountryInfoRow {
  code: string;
  nameRu: string;
  nameEn: string;
  region: RegionGroup;
}

export const getCountryByCode = memoised('getCountryByCode', (db: Db, code: string): CountryInfoRow | undefined => {
  return db.select().from(countries).where(eq(countries.code, code)).get();
});
