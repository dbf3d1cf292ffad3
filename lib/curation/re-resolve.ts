/**
 * Re-derives the places of stored event rows after an analyst's place alias was added, removed or
 * imported (lib/curation/aliases.ts): each row's place cell is parsed again, as the next import of
 * its report would parse it with the current aliases, and what follows from its places is written
 * back — places, venue and partner countries, direction, format, kind, venues, search text and the
 * place warnings — except fields an active correction holds (the analyst's value stays). The
 * rollups of the rows' quarters are recounted. Runs inside the caller's transaction.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { corrections, eventCountries, eventPlaces, events, importWarnings, places, reports } from '@/db/schema';
import { parseEvent } from '@/lib/ingest/event';
import type { EventRow } from '@/lib/ingest/rows';
import type { ParsedEvent, Period, PlaceAliases } from '@/lib/ingest/types';
import { quarterOfEvent, refreshRollups } from '@/lib/import/refresh-rollups';
import { searchTextOf } from '@/lib/import/save-events';
import type { WarningCode } from '@/lib/vocabulary';
import type { Tx } from '@/db/client';
import { ensureCountry, writeEventValue } from './event-values';
import type { FieldValue } from './vocabulary';

/** The warnings a place cell gives (lib/ingest/places.ts); re-derived with the places. */
const PLACE_WARNINGS: WarningCode[] = ['unknown_place', 'place_country_fallback', 'place_seat_assumed', 'place_from_world_data'];

export function reResolvePlaces(tx: Tx, eventIds: number[], aliases: PlaceAliases): void {
  const quarters: string[] = [];
  for (const eventId of new Set(eventIds)) {
    quarters.push(quarterOfEvent(tx, eventId));
    reResolveOne(tx, eventId, aliases);
  }
  refreshRollups(tx, quarters);
}

function reResolveOne(tx: Tx, eventId: number, aliases: PlaceAliases): void {
  const stored = tx
    .select({ event: events, periodKey: reports.periodKey, year: reports.year, quarter: reports.quarter, kind: reports.periodKind })
    .from(events)
    .innerJoin(reports, eq(reports.id, events.reportId))
    .where(eq(events.id, eventId))
    .get();
  if (!stored) return;
  const { event } = stored;
  const { section, ...source } = event.sourceText;
  const row: EventRow = { seq: event.seq, printedNo: event.printedNo, sphere: event.sphereHeader, section: section ?? event.sphereHeader, source, shapeMismatch: false };
  const period: Period = { year: stored.year, kind: stored.kind, part: stored.kind === 'quarter' ? stored.quarter : stored.kind === 'half' ? Number(stored.periodKey.slice(-1)) : 0 };
  const parsed = parseEvent(row, period, { placeAliases: aliases });
  const corrected = new Map(
    tx
      .select({ field: corrections.field, value: corrections.value })
      .from(corrections)
      .where(and(eq(corrections.eventId, eventId), eq(corrections.state, 'active')))
      .all()
      .map((correction) => [correction.field, correction.value as FieldValue]),
  );
  const set: Partial<typeof events.$inferInsert> = { venues: parsed.venues, searchText: searchTextOf(parsed) };
  if (!corrected.has('direction')) set.direction = parsed.direction;
  if (!corrected.has('format')) set.format = parsed.format;
  if (!corrected.has('kind')) set.kind = parsed.kind;
  tx.update(events).set(set).where(eq(events.id, eventId)).run();
  writePlaces(tx, eventId, parsed);
  writeCountries(tx, eventId, parsed);
  const partners = corrected.get('countries');
  if (partners !== undefined) writeEventValue(tx, eventId, 'countries', partners);
  tx.delete(importWarnings).where(and(eq(importWarnings.eventId, eventId), inArray(importWarnings.code, PLACE_WARNINGS))).run();
  for (const warning of parsed.warnings.filter((warning) => PLACE_WARNINGS.includes(warning.code))) {
    tx.insert(importWarnings).values({ reportId: event.reportId, eventId, code: warning.code, message: warning.message, location: warning.where ?? null }).run();
  }
}

function writePlaces(tx: Tx, eventId: number, parsed: ParsedEvent): void {
  tx.delete(eventPlaces).where(eq(eventPlaces.eventId, eventId)).run();
  parsed.places.forEach((place, position) => {
    ensureCountry(tx, place.country);
    const { id } = tx
      .insert(places)
      .values({ name: place.name, countryCode: place.country, lat: place.lat, lon: place.lon })
      .onConflictDoUpdate({ target: [places.name, places.countryCode], set: { lat: place.lat, lon: place.lon } })
      .returning({ id: places.id })
      .get();
    tx.insert(eventPlaces).values({ eventId, placeId: id, position, source: place.source }).onConflictDoNothing().run();
  });
}

function writeCountries(tx: Tx, eventId: number, parsed: ParsedEvent): void {
  tx.delete(eventCountries).where(eq(eventCountries.eventId, eventId)).run();
  for (const link of parsed.countries) {
    ensureCountry(tx, link.code);
    tx.insert(eventCountries).values({ eventId, countryCode: link.code, role: link.role }).onConflictDoNothing().run();
  }
}
