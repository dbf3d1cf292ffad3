/**
 * Filters → SQL conditions on `events`. The only place where filters become SQL, so every figure
 * applies every active filter the same way.
 */
import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { countries, eventCountries, eventPlaces, events, reports, spheres } from '@/db/schema';
import type { Filters } from '@/lib/filters/filters';
import { countedRow } from '@/lib/reconcile';
import type { Flag } from '@/lib/vocabulary';

export interface WhereOptions {
  /**
   * Keep postponed and cancelled rows too. Only the data-quality page asks for them (to list them
   * and their warnings); every figure counts events that were held.
   */
  includeNotHeld?: boolean;
}

export function eventWhere(filters: Filters, options: WhereOptions = {}): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    // Postponed and cancelled events are rows of their report, never "проведено" (lib/ingest/status.ts).
    options.includeNotHeld ? undefined : eq(events.status, 'held'),
    filters.from ? gte(events.quarterKey, filters.from) : undefined,
    filters.to ? lte(events.quarterKey, filters.to) : undefined,
    filters.dateFrom ? gte(events.endDate, filters.dateFrom) : undefined,
    filters.dateTo ? lte(events.startDate, filters.dateTo) : undefined,
    // One real event is one count: rows repeated by a newer report or merged away are left out (lib/reconcile),
    // unless a report is chosen, which shows that report's rows as it stated them.
    filters.report ? inArray(events.reportId, sqlReportIds(filters.report)) : countedRow(),
    // Rows an analyst excluded (lib/curation, field `excluded`) count nowhere.
    eq(events.excluded, false),
    filters.sphere.length > 0 ? inArray(events.sphereId, sqlSphereIds(filters.sphere)) : undefined,
    filters.country.length > 0 ? hasCountry(inArray(eventCountries.countryCode, filters.country)) : undefined,
    filters.region.length > 0 ? hasCountry(inArray(countries.region, filters.region)) : undefined,
    filters.format.length > 0 ? inArray(events.format, filters.format) : undefined,
    filters.direction.length > 0 ? inArray(events.direction, filters.direction) : undefined,
    filters.kind.length > 0 ? inArray(events.kind, filters.kind) : undefined,
    ...(filters.has ?? []).map(flagCondition),
    filters.q ? containsText(filters.q) : undefined,
    filters.place ? hasPlace(Number(filters.place)) : undefined,
  ];
  return and(...conditions.filter((condition): condition is SQL => condition !== undefined));
}

function flagCondition(flag: Flag): SQL {
  switch (flag) {
    case 'sme':
      return sql`${events.smeCount} > 0`;
    case 'signed':
      return sql`${events.agreementSigned} = 1`;
    case 'foreign':
      return sql`${events.foreignParticipants} is not null`;
    case 'abroad':
      return sql`exists (select 1 from ${eventCountries} where ${eventCountries.eventId} = ${events.id} and ${eventCountries.role} = 'venue')`;
  }
}

function sqlReportIds(periodKey: string): SQL {
  return sql`(select ${reports.id} from ${reports} where ${eq(reports.periodKey, periodKey)})`;
}

function sqlSphereIds(slugs: string[]): SQL {
  return sql`(select ${spheres.id} from ${spheres} where ${inArray(spheres.slug, slugs)})`;
}

/**
 * `id in (…)` rather than a correlated `exists`: SQLite reads the matching ids once from
 * event_countries_country_event (covering) instead of probing event_countries per event.
 */
function hasCountry(condition: SQL): SQL {
  return sql`${events.id} in (select ${eventCountries.eventId} from ${eventCountries}
    join ${countries} on ${countries.code} = ${eventCountries.countryCode} where ${condition})`;
}

function hasPlace(placeId: number): SQL {
  return sql`${events.id} in (select ${eventPlaces.eventId} from ${eventPlaces} where ${eq(eventPlaces.placeId, placeId)})`;
}

/** Case-insensitive for Cyrillic too: search_text is stored lowercased (SQLite's lower() is ASCII-only). */
function containsText(query: string): SQL {
  const pattern = `%${escapeLike(query.toLowerCase().replace(/ё/g, 'е'))}%`;
  return sql`${events.searchText} like ${pattern} escape '\\'`;
}

function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, (ch) => `\\${ch}`);
}
