/**
 * Expected figures of the real Q4 2025 report, worked out from the hand-written fixture
 * (tests/fixtures/expected/2025-Q4.ts), never from program output; plus small builders.
 */
import { count, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { events } from '@/db/schema';
import { EMPTY_FILTERS, type Filters } from '@/lib/filters/filters';
import { eventWhere } from '@/lib/queries/where';
import { expectedEvents, type ExpectedEvent } from '@/tests/fixtures/expected/2025-Q4';

/** Settlements of the report outside Russia, with their country (read off the place cells). */
export const FOREIGN_PLACES: Record<string, string> = {
  Ташкент: 'UZ',
  Гуанчжоу: 'CN',
  Минск: 'BY',
  Алматы: 'KZ',
  Брест: 'BY',
  Крагуевац: 'RS',
  Орша: 'BY',
  Витебск: 'BY',
  Бишкек: 'KG',
};

/** Region groups of the countries the report names (data/gazetteer/country-names.ru.json). */
export const REGION_OF: Record<string, string> = {
  BY: 'belarus', UZ: 'central_asia', KZ: 'central_asia', KG: 'central_asia', TJ: 'central_asia', CN: 'china',
  AE: 'middle_east', DE: 'europe', EE: 'europe', RS: 'europe', SK: 'europe', CM: 'africa', EG: 'africa',
  DZ: 'africa', ET: 'africa', IN: 'south_asia', AZ: 'caucasus',
};

export const ECONOMY_SME = [4, 3, 4, 4, 3, 38, 28, 29, 3, 71];

export function filtersOf(partial: Partial<Filters> = {}): Filters {
  return { ...EMPTY_FILTERS, ...partial };
}

export function expectedSeqs(predicate: (event: ExpectedEvent) => boolean): number[] {
  return expectedEvents.filter(predicate).map((event) => event.seq);
}

export const withCountry = (code: string) => (event: ExpectedEvent) => event.countries.includes(code);
export const withPlace = (name: string) => (event: ExpectedEvent) => event.places.includes(name);
export const isAbroad = (event: ExpectedEvent) => event.places.some((place) => place in FOREIGN_PLACES);
export const sumOf = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

/** Row numbers of the events that match `filters`, in row order. */
export function matchingSeqs(db: Db, filters: Filters): number[] {
  return db
    .select({ seq: events.seq })
    .from(events)
    .where(eventWhere(filters))
    .orderBy(events.seq)
    .all()
    .map((row) => row.seq);
}

export function matchingCount(db: Db, filters: Filters): number {
  return db.select({ n: count() }).from(events).where(eventWhere(filters)).get()?.n ?? 0;
}

export function eventIdOfSeq(db: Db, seq: number): number {
  const row = db.select({ id: events.id }).from(events).where(eq(events.seq, seq)).get();
  if (!row) throw new Error(`no event with row number ${seq}`);
  return row.id;
}
