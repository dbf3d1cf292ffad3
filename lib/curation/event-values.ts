/**
 * Reads and writes one correctable field on a stored event row, inside the caller's transaction.
 * Writing to the row itself (not an overlay read by each query) is what makes every aggregate,
 * map, summary, export and deck use corrected values; the parsed value lives on in `corrections`.
 * A start date also sets the row's quarter; partner countries replace the row's partner links
 * (venue countries come from places and stay).
 */
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { countries, eventCountries, events, spheres } from '@/db/schema';
import { countryRow } from '@/lib/geo/countries';
import { quarterKeyOf } from '@/lib/ingest/dates';
import { CorrectionError } from './errors';
import type { CorrectableField, FieldValue } from './vocabulary';

type ScalarField = Exclude<CorrectableField, 'sphere' | 'countries'>;

export function readEventValue(tx: Tx, eventId: number, field: CorrectableField): FieldValue {
  if (field === 'sphere') {
    const row = tx.select({ slug: spheres.slug }).from(events).innerJoin(spheres, eq(spheres.id, events.sphereId)).where(eq(events.id, eventId)).get();
    return row?.slug ?? null;
  }
  if (field === 'countries') {
    return tx
      .select({ code: eventCountries.countryCode })
      .from(eventCountries)
      .where(and(eq(eventCountries.eventId, eventId), eq(eventCountries.role, 'partner')))
      .orderBy(eventCountries.countryCode)
      .all()
      .map((row) => row.code);
  }
  const row = tx.select({ value: events[field] }).from(events).where(eq(events.id, eventId)).get();
  return (row?.value ?? null) as FieldValue;
}

export function writeEventValue(tx: Tx, eventId: number, field: CorrectableField, value: FieldValue): void {
  if (field === 'sphere') return writeSphere(tx, eventId, value as string);
  if (field === 'countries') return writePartners(tx, eventId, value as string[]);
  const set: Partial<typeof events.$inferInsert> = { [field as ScalarField]: value };
  if (field === 'startDate') set.quarterKey = typeof value === 'string' ? quarterKeyOf(value) : null;
  tx.update(events).set(set).where(eq(events.id, eventId)).run();
}

function writeSphere(tx: Tx, eventId: number, slug: string): void {
  const sphere = tx.select({ id: spheres.id }).from(spheres).where(eq(spheres.slug, slug)).get();
  if (!sphere) throw new CorrectionError('invalid_value', `no sphere "${slug}"`);
  tx.update(events).set({ sphereId: sphere.id }).where(eq(events.id, eventId)).run();
}

/** Stores the country's reference row unless it is stored already. */
export function ensureCountry(tx: Tx, code: string): void {
  tx.insert(countries).values(countryRow(code)).onConflictDoNothing().run();
}

function writePartners(tx: Tx, eventId: number, codes: string[]): void {
  tx.delete(eventCountries).where(and(eq(eventCountries.eventId, eventId), eq(eventCountries.role, 'partner'))).run();
  for (const code of codes) {
    ensureCountry(tx, code);
    // A country that is already the event's venue stays a venue link.
    tx.insert(eventCountries).values({ eventId, countryCode: code, role: 'partner' }).onConflictDoNothing().run();
  }
}
