import { describe, expect, test } from 'vitest';
import { getEventsBySphere, getSphereBySlug, getSpheres } from '@/lib/queries/spheres';
import { expectedEvents, expectedReport } from '@/tests/fixtures/expected/2025-Q4';
import { realReportDbPerFile } from '@/tests/helpers/test-db';
import { filtersOf, withCountry } from './report-facts';

const testDb = realReportDbPerFile();

describe('getEventsBySphere', () => {
  test('the 14 sections of the report, in report order, with their row counts', () => {
    const rows = getEventsBySphere(testDb.db, filtersOf());
    expect(rows.map((row) => row.name)).toEqual(expectedReport.spheres);
    for (const row of rows) expect(row.events, row.name).toBe(expectedEvents.filter((event) => event.sphere === row.name).length);
  });

  test('economy: 10 events, SME 187 over all 10; no other sphere has SMEs', () => {
    const rows = getEventsBySphere(testDb.db, filtersOf());
    expect(rows[0]).toMatchObject({ slug: 'economy', shortLabel: 'Экономика', events: 10, smeParticipations: 187, eventsWithSme: 10 });
    expect(rows.slice(1).every((row) => row.smeParticipations === 0 && row.eventsWithSme === 0)).toBe(true);
  });

  test('culture has the most rows (22–42)', () => {
    expect(getEventsBySphere(testDb.db, filtersOf()).find((row) => row.slug === 'culture-tourism')?.events).toBe(21);
  });

  test('filters apply: spheres of the rows naming Belarus', () => {
    const belarus = expectedEvents.filter(withCountry('BY'));
    const rows = getEventsBySphere(testDb.db, filtersOf({ country: ['BY'] }));
    for (const row of rows) expect(row.events, row.name).toBe(belarus.filter((event) => event.sphere === row.name).length);
    expect(rows.reduce((sum, row) => sum + row.events, 0)).toBe(belarus.length);
  });
});

describe('getSpheres / getSphereBySlug', () => {
  test('every stored sphere in canonical order', () => {
    expect(getSpheres(testDb.db).map((sphere) => sphere.name)).toEqual(expectedReport.spheres);
  });

  test('a slug finds its sphere; an unknown slug finds nothing', () => {
    expect(getSphereBySlug(testDb.db, 'youth')?.name).toBe('Сотрудничество в сфере молодежной политики и гражданско-патриотического воспитания');
    expect(getSphereBySlug(testDb.db, 'no-such-sphere')).toBeUndefined();
  });
});
