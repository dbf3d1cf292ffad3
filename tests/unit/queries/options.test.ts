import { describe, expect, test } from 'vitest';
import { getFilterNames, getFilterOptions, getPlaceLabel } from '@/lib/queries/options';
import { getPlacePoints } from '@/lib/queries/places';
import { expectedEvents, expectedReport } from '@/tests/fixtures/expected/2025-Q4';
import { createTestDb, realReportDbPerFile } from '@/tests/helpers/test-db';
import { REGION_OF, filtersOf } from './report-facts';

const testDb = realReportDbPerFile();

describe('getFilterOptions', () => {
  test('quarters of the start dates (September rows make 2025-Q3) and the one stored report', () => {
    const options = getFilterOptions(testDb.db);
    expect(options.quarters).toEqual(['2025-Q3', '2025-Q4']);
    expect(options.reports).toEqual(['2025-Q4']);
  });

  test('the 14 spheres of the report, in report order', () => {
    expect(getFilterOptions(testDb.db).spheres.map((sphere) => sphere.name)).toEqual(expectedReport.spheres);
  });

  test('only the countries the events name (not Russia, the home of the places), sorted by Russian name', () => {
    const { countries } = getFilterOptions(testDb.db);
    const named = new Set(expectedEvents.flatMap((event) => event.countries));
    expect(countries.map((country) => country.code).sort()).toEqual([...named].sort());
    const names = countries.map((country) => country.nameRu);
    expect(names).toEqual([...names].sort());
  });

  test('the regions of those countries, once each', () => {
    expect(getFilterOptions(testDb.db).regions).toEqual([...new Set(Object.values(REGION_OF))].sort());
  });

  test('an empty database offers nothing to choose', () => {
    const empty = createTestDb();
    try {
      expect(getFilterOptions(empty.db)).toEqual({ quarters: [], reports: [], coverage: { quarters: [], reports: [] }, spheres: [], countries: [], regions: [] });
    } finally {
      empty.cleanup();
    }
  });
});

describe('getPlaceLabel', () => {
  test('a stored place reads "name, country"; an unknown id gives undefined', () => {
    const minsk = getPlacePoints(testDb.db, filtersOf()).find((point) => point.name === 'Минск');
    expect(getPlaceLabel(testDb.db, minsk?.id ?? 0)).toBe('Минск, Беларусь');
    expect(getPlaceLabel(testDb.db, 999_999)).toBeUndefined();
  });
});

describe('getFilterNames', () => {
  test('the chosen country codes get their Russian names, every sphere its short label, the place its label', () => {
    const minsk = getPlacePoints(testDb.db, filtersOf()).find((point) => point.name === 'Минск');
    const names = getFilterNames(testDb.db, filtersOf({ country: ['BY', 'KZ'], place: String(minsk?.id) }));
    expect(names.countries).toEqual({ BY: 'Беларусь', KZ: 'Казахстан' });
    expect(Object.keys(names.spheres)).toHaveLength(expectedReport.spheres.length);
    expect(names.place).toBe('Минск, Беларусь');
  });

  test('no country chosen: no country names looked up', () => {
    expect(getFilterNames(testDb.db, filtersOf()).countries).toEqual({});
  });
});
