import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { places } from '@/db/schema';
import { expectedEvents } from '@/tests/fixtures/expected/2025-Q4';
import { realReportDbPerFile } from '@/tests/helpers/test-db';
import { expectedSeqs, filtersOf, isAbroad, matchingCount, matchingSeqs, REGION_OF, withCountry, withPlace } from './report-facts';

const testDb = realReportDbPerFile();

const allSeqs = expectedEvents.map((event) => event.seq);

describe('eventWhere', () => {
  test('no filter matches every row of the report', () => {
    expect(matchingSeqs(testDb.db, filtersOf())).toEqual(allSeqs);
  });

  test('a sphere keeps the rows of its section', () => {
    expect(matchingSeqs(testDb.db, filtersOf({ sphere: ['economy'] }))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(matchingSeqs(testDb.db, filtersOf({ sphere: ['investment', 'agriculture'] }))).toEqual([11, 12, 16]);
  });

  test('a country keeps the rows naming it, as venue or partner', () => {
    expect(matchingSeqs(testDb.db, filtersOf({ country: ['BY'] }))).toEqual(expectedSeqs(withCountry('BY')));
    expect(matchingSeqs(testDb.db, filtersOf({ country: ['UZ', 'KZ'] }))).toEqual(
      expectedSeqs((event) => event.countries.includes('UZ') || event.countries.includes('KZ')),
    );
  });

  test('sphere and country together keep the rows matching both', () => {
    expect(matchingSeqs(testDb.db, filtersOf({ sphere: ['economy'], country: ['BY'] }))).toEqual([3, 6, 10]);
  });

  test('a region keeps the rows naming one of its countries', () => {
    const centralAsia = (codes: string[]) => codes.some((code) => REGION_OF[code] === 'central_asia');
    expect(matchingSeqs(testDb.db, filtersOf({ region: ['central_asia'] }))).toEqual(expectedSeqs((event) => centralAsia(event.countries)));
    expect(matchingSeqs(testDb.db, filtersOf({ region: ['belarus'] }))).toEqual(expectedSeqs(withCountry('BY')));
  });

  test('the report filter keeps the rows of that report only', () => {
    expect(matchingCount(testDb.db, filtersOf({ report: '2025-Q4' }))).toBe(70);
    expect(matchingCount(testDb.db, filtersOf({ report: '2024-Q4' }))).toBe(0);
  });

  test('from/to compare the quarter of the start date: September rows belong to 2025-Q3', () => {
    const september = expectedSeqs((event) => event.startDate < '2025-10-01');
    expect(september).toHaveLength(15);
    expect(matchingSeqs(testDb.db, filtersOf({ to: '2025-Q3' }))).toEqual(september);
    expect(matchingCount(testDb.db, filtersOf({ from: '2025-Q4' }))).toBe(55);
    expect(matchingCount(testDb.db, filtersOf({ from: '2025-Q3', to: '2025-Q4' }))).toBe(70);
    expect(matchingCount(testDb.db, filtersOf({ from: '2026-Q1' }))).toBe(0);
  });

  test('dateFrom/dateTo keep the events that overlap the range', () => {
    expect(matchingSeqs(testDb.db, filtersOf({ dateFrom: '2025-10-01' }))).toEqual(expectedSeqs((event) => event.endDate >= '2025-10-01'));
    expect(matchingSeqs(testDb.db, filtersOf({ dateTo: '2025-09-30' }))).toHaveLength(15);
    expect(matchingSeqs(testDb.db, filtersOf({ dateFrom: '2025-11-20', dateTo: '2025-11-20' }))).toEqual(
      expectedSeqs((event) => event.startDate <= '2025-11-20' && event.endDate >= '2025-11-20'),
    );
  });

  test('format, direction and kind lists partition the rows', () => {
    const formats = ['in_person', 'remote', 'hybrid'] as const;
    const total = formats.reduce((sum, format) => sum + matchingCount(testDb.db, filtersOf({ format: [format] })), 0);
    expect(total).toBe(70);
    expect(matchingCount(testDb.db, filtersOf({ direction: ['outbound', 'inbound', 'hosted'] }))).toBe(70);
    expect(matchingSeqs(testDb.db, filtersOf({ kind: ['videoconference'] }))).toEqual(expect.arrayContaining([18, 19]));
  });

  test('remote rows of the report are remote or hybrid', () => {
    const remote = matchingSeqs(testDb.db, filtersOf({ format: ['remote', 'hybrid'] }));
    expect(remote).toEqual(expect.arrayContaining(expectedSeqs((event) => event.remote)));
  });
});

describe('eventWhere: drill-down flags and places', () => {
  test.each<[string, number[]]>([
    ['sme', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ['signed', expectedSeqs((event) => event.agreementSigned)],
    ['abroad', expectedSeqs(isAbroad)],
    ['foreign', expectedSeqs((event) => event.foreignParticipants !== null)],
  ])('has=%s keeps the rows counted by hand', (flag, seqs) => {
    expect(matchingSeqs(testDb.db, filtersOf({ has: [flag as 'sme'] }))).toEqual(seqs);
  });

  test('a place keeps the rows held there', () => {
    const minsk = testDb.db.select({ id: places.id }).from(places).where(eq(places.name, 'Минск')).get();
    expect(matchingSeqs(testDb.db, filtersOf({ place: String(minsk?.id) }))).toEqual(expectedSeqs(withPlace('Минск')));
  });
});

describe('eventWhere: free-text search', () => {
  test('"Ташкент" finds the two Tashkent exhibitions', () => {
    expect(matchingSeqs(testDb.db, filtersOf({ q: 'Ташкент' }))).toEqual([1, 5]);
  });

  test('Cyrillic is case-insensitive: "минск", "МИНСК" and "Минск" find the same rows, Minsk venues among them', () => {
    const lower = matchingSeqs(testDb.db, filtersOf({ q: 'минск' }));
    expect(lower).toEqual(expect.arrayContaining(expectedSeqs(withPlace('Минск'))));
    expect(matchingSeqs(testDb.db, filtersOf({ q: 'МИНСК' }))).toEqual(lower);
    expect(matchingSeqs(testDb.db, filtersOf({ q: 'Минск' }))).toEqual(lower);
  });

  test('ё matches е: "слёт" finds the rows that write "слет"', () => {
    const plain = matchingSeqs(testDb.db, filtersOf({ q: 'слет' }));
    expect(plain.length).toBeGreaterThan(0);
    expect(matchingSeqs(testDb.db, filtersOf({ q: 'Слёт' }))).toEqual(plain);
  });

  test('the search also reads the goal and participants cells', () => {
    expect(matchingSeqs(testDb.db, filtersOf({ q: 'субъекта малого и среднего' }))).toEqual(expect.arrayContaining([1, 5]));
  });

  test.each(['%', '_', '%%', 'Ташкент%', '\\'])('LIKE wildcards are literal: %j matches nothing', (q) => {
    expect(matchingSeqs(testDb.db, filtersOf({ q }))).toEqual([]);
  });

  test('search combines with the other filters', () => {
    expect(matchingSeqs(testDb.db, filtersOf({ q: 'минск', sphere: ['economy'] }))).toEqual([3]);
  });
});
