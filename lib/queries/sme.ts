import 'server-only';
import { and, asc, count, desc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { countries, eventCountries, events } from '@/db/schema';
import type { Filters } from '@/lib/filters/filters';
import { memoised } from './cache';
import { rollupSmeByCountry, rollupSmeByKind, rollupSmeByQuarter } from './rollups/figures';
import { rollupScope } from './rollups/scope';
import { eventWhere } from './where';
import type { EventKind, RegionGroup } from '@/lib/vocabulary';

export interface SmeByQuarter {
  quarterKey: string;
  smeParticipations: number;
  eventsWithSme: number;
}

const withSme = gt(events.smeCount, 0);
const smeSum = sql<number>`coalesce(sum(${events.smeCount}), 0)`;

export const getSmeByQuarter = memoised('getSmeByQuarter', (db: Db, filters: Filters): SmeByQuarter[] => {
  const scope = rollupScope(filters, { smeFlag: true });
  if (scope) return rollupSmeByQuarter(db, scope);
  return db
    .select({ quarterKey: sql<string>`${events.quarterKey}`, smeParticipations: smeSum, eventsWithSme: count() })
    .from(events)
    .where(and(eventWhere(filters), withSme, isNotNull(events.quarterKey)))
    .groupBy(events.quarterKey)
    .orderBy(asc(events.quarterKey))
    .all();
});

export interface SmeByCountry {
  code: string;
  nameRu: string;
  region: RegionGroup;
  smeParticipations: number;
  eventsWithSme: number;
}

export const getSmeByCountry = memoised('getSmeByCountry', (db: Db, filters: Filters): SmeByCountry[] => {
  const scope = rollupScope(filters, { smeFlag: true });
  if (scope) return rollupSmeByCountry(db, scope);
  return db
    .select({ code: countries.code, nameRu: countries.nameRu, region: countries.region, smeParticipations: smeSum, eventsWithSme: count() })
    .from(events)
    .innerJoin(eventCountries, eq(eventCountries.eventId, events.id))
    .innerJoin(countries, eq(countries.code, eventCountries.countryCode))
    .where(and(eventWhere(filters), withSme))
    .groupBy(countries.code)
    .orderBy(desc(smeSum), asc(countries.nameRu))
    .all();
});

export interface SmeByKind {
  kind: EventKind;
  smeParticipations: number;
  eventsWithSme: number;
}

export const getSmeByKind = memoised('getSmeByKind', (db: Db, filters: Filters): SmeByKind[] => {
  const scope = rollupScope(filters, { smeFlag: true });
  if (scope) return rollupSmeByKind(db, scope);
  return db
    .select({ kind: events.kind, smeParticipations: smeSum, eventsWithSme: count() })
    .from(events)
    .where(and(eventWhere(filters), withSme))
    .groupBy(events.kind)
    .orderBy(desc(smeSum), asc(events.kind))
    .all();
});
