import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getPlacePoints } from '@/lib/queries/places';
import { expectedEvents } from '@/tests/fixtures/expected/2025-Q4';
import { createRealReportDb, type TestDb } from '@/tests/helpers/test-db';
import { FOREIGN_PLACES, filtersOf, withCountry, withPlace } from './report-facts';

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createRealReportDb();
});
afterAll(() => testDb.cleanup());

const placeNames = [...new Set(expectedEvents.flatMap((event) => event.places))];

describe('getPlacePoints', () => {
  test('one point per settlement of the report, with its events counted by hand', () => {
    const points = getPlacePoints(testDb.db, filtersOf());
    expect(points.map((point) => point.name).sort()).toEqual([...placeNames].sort());
    for (const point of points) expect(point.events, point.name).toBe(expectedEvents.filter(withPlace(point.name)).length);
  });

  test('Smolensk first; foreign places carry their country', () => {
    const points = getPlacePoints(testDb.db, filtersOf());
    expect(points[0]).toMatchObject({ name: 'Смоленск', countryCode: 'RU' });
    for (const [name, code] of Object.entries(FOREIGN_PLACES)) expect(points.find((point) => point.name === name)?.countryCode, name).toBe(code);
    expect(points.find((point) => point.name === 'Минск')).toMatchObject({ countryName: 'Беларусь', region: 'belarus' });
  });

  test('a popup sample holds at most 15 events, earliest first, while the count stays full', () => {
    const smolensk = getPlacePoints(testDb.db, filtersOf()).find((point) => point.name === 'Смоленск');
    expect(smolensk?.events).toBeGreaterThan(15);
    expect(smolensk?.sample).toHaveLength(15);
    const dates = smolensk?.sample.map((event) => event.startDate ?? '') ?? [];
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2025-09-18');
  });

  test('filters apply: the places of the rows naming Belarus', () => {
    const belarus = expectedEvents.filter(withCountry('BY'));
    const points = getPlacePoints(testDb.db, filtersOf({ country: ['BY'] }));
    expect(points.map((point) => point.name).sort()).toEqual([...new Set(belarus.flatMap((event) => event.places))].sort());
    expect(points.find((point) => point.name === 'Минск')?.events).toBe(belarus.filter(withPlace('Минск')).length);
  });

  test('nothing matches: no points', () => {
    expect(getPlacePoints(testDb.db, filtersOf({ q: 'нет такого текста' }))).toEqual([]);
  });
});
