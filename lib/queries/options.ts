import 'server-only';
import { asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { countries, eventCountries, events, places, reports } from '@/db/schema';
import type { Filters } from '@/lib/filters/filters';
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

/** The name of a place filter's value ("Минск, Беларусь") for its chip; undefined for an unknown id. */
export function getPlaceLabel(db: Db, id: number): string | undefined {
  const row = db
    .select({ name: places.name, country: countries.nameRu })
    .from(places)
    .innerJoin(countries, eq(countries.code, places.countryCode))
    .where(eq(places.id, id))
    .get();
  return row ? `${row.name}, ${row.country}` : undefined;
}

/** Display names for the codes a filter set holds (sphere slugs, country codes, a place id): its chips. */
export interface FilterNames {
  spheres: Record<string, string>;
  countries: Record<string, string>;
  place?: string;
}

export function getFilterNames(db: Db, filters: Filters): FilterNames {
  const options = getFilterOptions(db);
  return {
    spheres: Object.fromEntries(options.spheres.map((sphere) => [sphere.slug, sphere.shortLabel])),
    countries: Object.fromEntries(options.countries.map((country) => [country.code, country.nameRu])),
    place: filters.place ? getPlaceLabel(db, Number(filters.place)) : undefined,
  };
}
