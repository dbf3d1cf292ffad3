import 'server-only';
import { asc, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { countries, eventCountries, events, reports } from '@/db/schema';
import { getSpheres, type SphereRow } from './spheres';

export interface FilterOptions {
  quarters: string[];
  reports: string[];
  spheres: SphereRow[];
  countries: { code: string; nameRu: string; region: string }[];
  regions: string[];
}

/** The values the filter bar offers: only what the stored data holds. */
export function getFilterOptions(db: Db): FilterOptions {
  const quarters = db
    .selectDistinct({ key: sql<string>`${events.quarterKey}` })
    .from(events)
    .where(isNotNull(events.quarterKey))
    .orderBy(asc(events.quarterKey))
    .all()
    .map((row) => row.key);
  const linked = db
    .select({ code: countries.code, nameRu: countries.nameRu, region: countries.region })
    .from(countries)
    .where(sql`${countries.code} in (select ${eventCountries.countryCode} from ${eventCountries})`)
    .orderBy(asc(countries.nameRu))
    .all();
  return {
    quarters,
    reports: db.select({ key: reports.periodKey }).from(reports).orderBy(asc(reports.periodKey)).all().map((row) => row.key),
    spheres: getSpheres(db),
    countries: linked,
    regions: [...new Set(linked.map((country) => country.region))].sort(),
  };
}
