import { describe, expect, test } from 'vitest';
import { getCountryByCode, getEventsByCountry, getEventsByRegion } from '@/lib/queries/countries';
import { expectedEvents } from '@/tests/fixtures/expected/2025-Q4';
import { realReportDbPerFile } from '@/tests/helpers/test-db';
import { FOREIGN_PLACES, REGION_OF, filtersOf, sumOf, withCountry } from './report-facts';

const testDb = realReportDbPerFile();

const namedCodes = [...new Set(expectedEvents.flatMap((event) => event.countries))];
const hasVenueIn = (code: string) => expectedEvents.filter((event) => event.places.some((place) => FOREIGN_PLACES[place] === code)).length;

describe('getEventsByCountry', () => {
  test('every country the report names, with its events counted by hand', () => {
    const rows = getEventsByCountry(testDb.db, filtersOf());
    expect(rows.map((row) => row.code).sort()).toEqual([...namedCodes].sort());
    for (const row of rows) expect(row.events, row.code).toBe(expectedEvents.filter(withCountry(row.code)).length);
  });

  test('Belarus first, with the SMEs of rows 3, 6 and 10 and its venues Minsk, Brest, Orsha, Vitebsk', () => {
    const [first] = getEventsByCountry(testDb.db, filtersOf());
    expect(first).toMatchObject({ code: 'BY', nameRu: 'Беларусь', region: 'belarus', smeParticipations: 4 + 38 + 71, eventsAsVenue: hasVenueIn('BY') });
  });

  test('Uzbekistan: SMEs of rows 1, 5 and 7; Tashkent twice as venue', () => {
    const uz = getEventsByCountry(testDb.db, filtersOf()).find((row) => row.code === 'UZ');
    expect(uz).toMatchObject({ smeParticipations: 4 + 3 + 28, eventsAsVenue: 2 });
  });

  test('sorted by events, then by name', () => {
    const rows = getEventsByCountry(testDb.db, filtersOf());
    const sorted = [...rows].sort((a, b) => b.events - a.events || a.nameRu.localeCompare(b.nameRu, 'ru'));
    expect(rows.map((row) => row.events)).toEqual(sorted.map((row) => row.events));
  });

  test('filters apply: the economic sphere names five countries', () => {
    const rows = getEventsByCountry(testDb.db, filtersOf({ sphere: ['economy'] }));
    expect(rows.map((row) => [row.code, row.events])).toEqual(
      expect.arrayContaining([['BY', 3], ['UZ', 3], ['KZ', 2], ['CN', 1], ['AE', 1]]),
    );
    expect(rows).toHaveLength(5);
  });
});

describe('getEventsByRegion', () => {
  test('an event with two countries of one region counts once for it', () => {
    const rows = getEventsByRegion(testDb.db, filtersOf());
    const inRegion = (region: string) => expectedEvents.filter((event) => event.countries.some((code) => REGION_OF[code] === region));
    for (const row of rows) {
      expect(row.events, row.region).toBe(inRegion(row.region).length);
      expect(row.smeParticipations, row.region).toBe(sumOf(inRegion(row.region).map((event) => event.smeCount)));
    }
    expect(rows.find((row) => row.region === 'central_asia')).toMatchObject({ countries: 4, smeParticipations: 4 + 4 + 3 + 38 + 28 });
    expect(rows[0]?.region).toBe('belarus');
  });

  test('nothing matches: no rows', () => {
    expect(getEventsByRegion(testDb.db, filtersOf({ report: '2024-Q1' }))).toEqual([]);
  });
});

describe('getCountryByCode', () => {
  test('a stored country, and undefined for one the data never names', () => {
    expect(getCountryByCode(testDb.db, 'BY')).toMatchObject({ code: 'BY', nameRu: 'Беларусь', region: 'belarus' });
    expect(getCountryByCode(testDb.db, 'FR')).toBeUndefined();
  });
});
