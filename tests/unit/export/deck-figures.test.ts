import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadEventsSlideTable } from '@/lib/export/context';
import { figureTiles } from '@/lib/export/deck-figures';
import { readEnv } from '@/lib/env';
import { previousFigures } from '@/lib/figures/main-events';
import { asQuarterKey } from '@/lib/periods';
import { getKeyFigures } from '@/lib/queries/overview';
import { REAL_REPORT_PATH } from '@/tests/helpers/real-report';
import { createRealReportDb, createReportsDb, TEST_REPORTS, type TestDb } from '@/tests/helpers/test-db';
import { ECONOMY_SME, filtersOf } from '../queries/report-facts';

const Q4 = filtersOf({ from: asQuarterKey('2025-Q4'), to: asQuarterKey('2025-Q4') });

describe('deck tiles: changes against the previous quarter that has its report', () => {
  let both: TestDb;
  let single: TestDb;
  beforeAll(async () => {
    both = await createReportsDb([TEST_REPORTS.q3_2025, REAL_REPORT_PATH]);
    single = await createRealReportDb();
  });
  afterAll(() => {
    both.cleanup();
    single.cleanup();
  });

  // Quarter III: the Q4 report's 15 September rows and the test Q3 report's 4 own events = 19; quarter IV: 55.
  test('with the Q3 report stored, quarter IV\'s tiles carry their change: 55 events, ▲ 36 (+189 %)', () => {
    const tiles = figureTiles(getKeyFigures(both.db, Q4), previousFigures(both.db, Q4));
    expect(tiles.changesNote).toBe('изменения к III кв. 2025');
    expect(tiles.tiles?.[0]).toEqual({ value: '55', label: 'Мероприятия', change: '▲ 36 (+189 %)' });
    expect(tiles.tiles?.every((tile) => tile.change)).toBe(true);
  });

  test('without the Q3 report no tile claims a change', () => {
    const tiles = figureTiles(getKeyFigures(single.db, Q4), previousFigures(single.db, Q4));
    expect(tiles.changesNote).toBeUndefined();
    expect(tiles.tiles?.some((tile) => tile.change)).toBe(false);
  });

  test('the events slides hold the main events: the ten rows with SME participants, by date, and link to all 70', () => {
    const table = loadEventsSlideTable(single.db, filtersOf({ report: '2025-Q4' }));
    expect(table.rows).toHaveLength(10);
    expect(table.rows.map((row) => Number(row.at(-1))).sort((a, b) => a - b)).toEqual([...ECONOMY_SME].sort((a, b) => a - b));
    expect(table.note).toBe('Мероприятия с наибольшим участием субъектов МСП: 10 из 70, по датам; полный список — на странице «Мероприятия».');
    expect(table.href).toBe('/events?report=2025-Q4');
    expect(table.perSlide).toBe(5);
  });

  test('with PUBLIC_URL set, the link to all events is on that address, wherever the deck is built', () => {
    const { publicUrl } = readEnv({ PUBLIC_URL: 'https://dashboard.example.org/' });
    expect(publicUrl).toBe('https://dashboard.example.org');
    const table = loadEventsSlideTable(single.db, filtersOf({ report: '2025-Q4' }), publicUrl);
    expect(table.href).toBe('https://dashboard.example.org/events?report=2025-Q4');
    // The deck resolves the link against the page's address (pptx-deck.ts): an absolute one stays itself.
    expect(new URL(table.href, 'http://localhost:3000').toString()).toBe('https://dashboard.example.org/events?report=2025-Q4');
    expect(new URL(loadEventsSlideTable(single.db, filtersOf({ report: '2025-Q4' }), readEnv({}).publicUrl).href, 'http://localhost:3000').toString()).toBe(
      'http://localhost:3000/events?report=2025-Q4',
    );
  });

  test('PUBLIC_URL must be an http or https address; empty means none', () => {
    expect(readEnv({ PUBLIC_URL: '' }).publicUrl).toBeUndefined();
    expect(readEnv({ PUBLIC_URL: 'https://example.org/dashboard' }).publicUrl).toBe('https://example.org/dashboard');
    expect(() => readEnv({ PUBLIC_URL: 'dashboard.example.org' })).toThrow(/PUBLIC_URL/);
    expect(() => readEnv({ PUBLIC_URL: 'ftp://example.org' })).toThrow(/PUBLIC_URL/);
  });
});
