/**
 * Inserts a report's events with their reference rows (spheres, countries, places), links and
 * warnings. Runs inside the caller's transaction.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { countries, eventCountries, eventPlaces, events, importWarnings, places, spheres } from '@/db/schema';
import { getCountry } from '@/lib/geo/countries';
import { quarterKeyOf } from '@/lib/ingest/dates';
import { resolveSphere } from '@/lib/ingest/spheres';
import type { ParsedEvent, ResolvedPlace } from '@/lib/ingest/types';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export function insertEvents(tx: Tx, reportId: number, parsed: ParsedEvent[]): void {
  const sphereIds = new Map<string, number>();
  for (const event of parsed) {
    const sphereId = sphereIds.get(event.sphere) ?? upsertSphere(tx, reportId, event.sphere);
    sphereIds.set(event.sphere, sphereId);
    const eventId = insertEvent(tx, reportId, sphereId, event);
    event.places.forEach((place, position) => {
      tx.insert(eventPlaces).values({ eventId, placeId: upsertPlace(tx, place), position, source: place.source }).onConflictDoNothing().run();
    });
    for (const link of event.countries) {
      ensureCountry(tx, link.code);
      tx.insert(eventCountries).values({ eventId, countryCode: link.code, role: link.role }).run();
    }
    for (const warning of event.warnings) {
      tx.insert(importWarnings).values({ reportId, eventId, code: warning.code, message: warning.message, location: warning.where ?? null }).run();
    }
  }
}

function insertEvent(tx: Tx, reportId: number, sphereId: number, event: ParsedEvent): number {
  return tx
    .insert(events)
    .values({
      reportId,
      seq: event.seq,
      sphereId,
      sphereHeader: event.sphere,
      title: event.title,
      startDate: event.startDate,
      endDate: event.endDate,
      datePrecision: event.datePrecision,
      quarterKey: event.startDate ? quarterKeyOf(event.startDate) : null,
      remote: event.remote,
      smeCount: event.smeCount,
      participantsTotal: event.participantsTotal,
      foreignParticipants: event.foreignParticipants,
      audience: event.audience,
      agreementSigned: event.agreementSigned,
      format: event.format,
      direction: event.direction,
      kind: event.kind,
      venues: event.venues,
      searchText: searchTextOf(event),
      sourceText: event.sourceText,
    })
    .returning({ id: events.id })
    .get().id;
}

function upsertSphere(tx: Tx, reportId: number, header: string): number {
  const sphere = resolveSphere(header);
  if (!sphere.known) {
    const message = `section header matches no known sphere: "${header}"`;
    tx.insert(importWarnings).values({ reportId, code: 'unknown_sphere', message, location: header }).run();
  }
  return tx
    .insert(spheres)
    .values({ slug: sphere.slug, name: sphere.name, shortLabel: sphere.shortLabel, position: sphere.position })
    .onConflictDoUpdate({ target: spheres.slug, set: { slug: sql`excluded.slug` } })
    .returning({ id: spheres.id })
    .get().id;
}

function upsertPlace(tx: Tx, place: ResolvedPlace): number {
  ensureCountry(tx, place.country);
  return tx
    .insert(places)
    .values({ name: place.name, countryCode: place.country, lat: place.lat, lon: place.lon })
    .onConflictDoUpdate({ target: [places.name, places.countryCode], set: { lat: sql`excluded.lat`, lon: sql`excluded.lon` } })
    .returning({ id: places.id })
    .get().id;
}

function ensureCountry(tx: Tx, code: string): void {
  const info = getCountry(code);
  tx.insert(countries)
    .values({ code, nameRu: info?.nameRu ?? code, nameEn: info?.nameEn ?? code, region: info?.region ?? 'other' })
    .onConflictDoNothing()
    .run();
}

function searchTextOf(event: ParsedEvent): string {
  const { title, place, goal, participants } = event.sourceText;
  const names = event.places.map((place) => place.name);
  return [title, place, goal, participants, ...names].join(' ').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}
