import 'server-only';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { countries, eventCountries, places, } from '@/db/schema';
import type { Filters } from '@/lib/filters/filters';
import type { Coverage, QuarterKey } from '@/lib/periods';
import { memoised } from './cache';
import { getCoverage } from './coverage';
import { getSpheres, type SphereRow } from './spheres';
import type { RegionGroup } from '@/lib/vocabulary';

export interface FilterOptions {
  /** Quarters of the coverage timeline: every quarter from the first to the last with a report or a row. */
  quarters: QuarterKey[];
  /** Period keys of the stored reports, chronological. */
  reports: string[];
  /** Which quarters have their report: the filter bar marks the others. */
  coverage: Coverage;
  spheres: SphereRow[];
  countries: { code: string; nameRu: string; region: RegionGroup }[];
  regions: string[];
}

/** The values the filter bar offers: only what the stored data holds. Runs on every page (the layout). */
export const getFilterOptions = memoised('getFilterOptions', (db: Db): FilterOptions => {
  const linked = db
    .select({ code: countries.code, nameRu: countries.nameRu, region: countries.region })
    .from(countries)
    .where(sql`exists (select 1 from ${eventCountries} where ${eventCountries.countryCode} = ${countries.code})`)
    .orderBy(asc(countries.nameRu))
    .all();
  const coverage = getCoverage(db);
  return {
    quarters: coverage.quarters.map((entry) => entry.quarter),
    reports: coverage.reports,
    coverage,
    spheres: getSpheres(db),
    countries: linked,
    regions: [...new Set(linked.map((country) => country.region))].sort(),
  };
});

/** The name of a place filter's value ("Минск, Беларусь") for its chip; undefined for an unknown id. */
export const getPlaceLabel = memoised('getPlaceLabel', (db: Db, id: number): string | undefined => {
  const row = db
    .select({ name: places.name, country: countries.nameRu })
    .from(places)
    .innerJoin(countries, eq(countries.code, places.countryCode))
    .where(eq(places.id, id))
    .get();
  return row ? `${row.name}, ${row.country}` : undefined;
});

/** Display names for the codes a filter set holds (sphere slugs, country codes, a place id): its chips. */
export interface FilterNames {
  spheres: Record<string, string>;
  countries: Record<string, string>;
  place?: string;
}

/** Looks up only the chosen codes: the events page and the layout would otherwise both build the whole FilterOptions. */
export const getFilterNames = memoised('getFilterNames', (db: Db, filters: Filters): FilterNames => {
  const chosen = filters.country.length > 0
    ? db.select({ code: countries.code, nameRu: countries.nameRu }).from(countries).where(inArray(countries.code, filters.country)).all()
    : [];
  return {
    spheres: Object.fromEntries(getSpheres(db).map((sphere) => [sphere.slug, sphere.shortLabel])),
    countries: Object.fromEntries(chosen.map((country) => [country.code, country.nameRu])),
    place: filters.place ? getPlaceLabel(db, Number(filters.place)) : undefined,
  };
});
