import { inArray } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { events } from '@/db/schema';
import type { Filters } from '@/lib/filters/filters';
import { getPlaceEvents, getPlacePoints } from '@/lib/queries/places';
import { expectedEvents } from '@/tests/fixtures/expected/2025-Q4';
import { realReportDbPerFile } from '@/tests/helpers/test-db';
import { FOREIGN_PLACES, expectedSeqs, filtersOf, withCountry, withPlace } from './report-facts';

const testDb = realReportDbPerFile();

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

  test('points carry no popup events: those are loaded when a popup opens', () => {
    for (const point of getPlacePoints(testDb.db, filtersOf())) expect(point.sample, point.name).toBeUndefined();
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

function placeId(name: string): number {
  const point = getPlacePoints(testDb.db, filtersOf()).find((candidate) => candidate.name === name);
  if (!point) throw new Error(`no place ${name}`);
  return point.id;
}

/** Report rows of the events a popup lists, in the popup's order. */
function popupSeqs(name: string, filters: Filters = filtersOf(), limit?: number): number[] {
  const listed = getPlaceEvents(testDb.db, filters, placeId(name), limit);
  const seqById = new Map(
    testDb.db
      .select({ id: events.id, seq: events.seq })
      .from(events)
      .where(inArray(events.id, listed.map((event) => event.id)))
      .all()
      .map(({ id, seq }) => [id, seq]),
  );
  return listed.map((event) => seqById.get(event.id) ?? -1);
}

describe('getPlaceEvents', () => {
  test('Ташкент lists rows 1 and 5 of the report, with their titles', () => {
    expect(popupSeqs('Ташкент').sort((a, b) => a - b)).toEqual([1, 5]);
    const titles = getPlaceEvents(testDb.db, filtersOf(), placeId('Ташкент')).map((event) => event.title).join(' ');
    expect(titles).toContain('UzStroyExpo-2025');
    expect(titles).toContain('UzProdExpo 2025');
  });

  test('at most 15 events by default, earliest first; Смоленск has 41 in all', () => {
    const smolensk = getPlaceEvents(testDb.db, filtersOf(), placeId('Смоленск'));
    expect(smolensk).toHaveLength(15);
    const dates = smolensk.map((event) => event.startDate ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2025-09-18');
    expect(popupSeqs('Смоленск', filtersOf(), 100).sort((a, b) => a - b)).toEqual(expectedSeqs(withPlace('Смоленск')));
    expect(expectedSeqs(withPlace('Смоленск'))).toHaveLength(41);
  });

  test('filters apply: Минск under Belarus lists the rows naming both', () => {
    const expected = expectedSeqs((event) => withPlace('Минск')(event) && withCountry('BY')(event));
    expect(popupSeqs('Минск', filtersOf({ country: ['BY'] })).sort((a, b) => a - b)).toEqual(expected);
  });

  test('a place without matching events lists nothing', () => {
    expect(getPlaceEvents(testDb.db, filtersOf({ q: 'нет такого текста' }), placeId('Ташкент'))).toEqual([]);
  });
});
