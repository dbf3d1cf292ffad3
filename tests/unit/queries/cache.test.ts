import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { openDb } from '@/db/client';
import { deleteReport } from '@/lib/import/delete-report';
import { importReportFile } from '@/lib/import/import-report';
import { QueryCache, queryCache } from '@/lib/queries/cache';
import { getFilterOptions } from '@/lib/queries/options';
import { getKeyFigures, getReports } from '@/lib/queries/overview';
import { createRealReportDb, createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { filtersOf } from './report-facts';

/** Hand-written test report: 6 rows, period 2025-Q3 (never part of the default data). */
const Q3_REPORT = path.resolve('tests/fixtures/reports/test-2025-Q3.txt');

let testDb: TestDb;
const wasEnabled = queryCache.enabled;
beforeAll(async () => {
  queryCache.enabled = true;
  testDb = await createRealReportDb();
});
afterAll(() => {
  queryCache.enabled = wasEnabled;
  testDb.cleanup();
});
afterEach(() => vi.restoreAllMocks());

/** How many SQL statements `run` prepares on the test connection (drizzle prepares one per query). */
function statementsPrepared(run: () => unknown): number {
  const prepare = vi.spyOn(testDb.db.$client, 'prepare');
  run();
  const count = prepare.mock.calls.length;
  prepare.mockRestore();
  return count;
}

const periodsOf = () => getReports(testDb.db).map((report) => report.periodKey);

describe('memoised queries', () => {
  test('a second call with the same filters returns the same result without running its SQL', () => {
    const filters = filtersOf({ sphere: ['economy'] });
    let first: unknown;
    expect(statementsPrepared(() => (first = getKeyFigures(testDb.db, filters)))).toBeGreaterThan(0);
    let second: unknown;
    expect(statementsPrepared(() => (second = getKeyFigures(testDb.db, filtersOf({ sphere: ['economy'] }))))).toBe(0);
    expect(second).toBe(first);
  });

  test('filters are part of the key: another filter set runs its own query and gets its own figures', () => {
    const all = getKeyFigures(testDb.db, filtersOf());
    expect(all.events).toBe(70);
    let belarus: ReturnType<typeof getKeyFigures> | undefined;
    expect(statementsPrepared(() => (belarus = getKeyFigures(testDb.db, filtersOf({ country: ['BY'] }))))).toBeGreaterThan(0);
    expect(belarus?.events).toBeLessThan(70);
    expect(getKeyFigures(testDb.db, filtersOf())).toBe(all);
  });

  test('an import by another connection (the command-line ingest) changes the next result; a deletion changes it back', async () => {
    const q3 = filtersOf({ report: '2025-Q3' });
    expect(periodsOf()).toEqual(['2025-Q4']);
    expect(getKeyFigures(testDb.db, q3).events).toBe(0);
    expect(getFilterOptions(testDb.db).reports).toEqual(['2025-Q4']);

    const cli = openDb(testDb.file);
    try {
      await importReportFile(cli, Q3_REPORT);
    } finally {
      cli.$client.close();
    }
    expect(periodsOf()).toEqual(['2025-Q3', '2025-Q4']);
    expect(getKeyFigures(testDb.db, q3).events).toBe(6);
    expect(getFilterOptions(testDb.db).reports).toEqual(['2025-Q3', '2025-Q4']);

    deleteReport(testDb.db, '2025-Q3');
    expect(periodsOf()).toEqual(['2025-Q4']);
    expect(getKeyFigures(testDb.db, q3).events).toBe(0);
  });

  test('importing the same file again changes nothing, so results stay cached', async () => {
    const before = getReports(testDb.db);
    await importReportFile(testDb.db, path.resolve('data/reports/smolensk-international-2025-Q4.txt'));
    expect(getReports(testDb.db)).toBe(before);
  });
});

describe('QueryCache', () => {
  let empty: TestDb;
  beforeAll(() => {
    empty = createTestDb();
  });
  afterAll(() => empty.cleanup());

  test('off: every call runs the query', () => {
    const query = vi.fn(() => [1]);
    const cached = new QueryCache(false).memoise('q', query);
    cached(empty.db);
    cached(empty.db);
    expect(query).toHaveBeenCalledTimes(2);
  });

  test('the least recently used result is dropped past the size limit', () => {
    const query = vi.fn((_db: unknown, key: string) => [key]);
    const cached = new QueryCache(true, 2).memoise('q', query);
    cached(empty.db, 'a');
    cached(empty.db, 'b');
    cached(empty.db, 'a');
    cached(empty.db, 'c');
    expect(query).toHaveBeenCalledTimes(3);
    cached(empty.db, 'a');
    expect(query).toHaveBeenCalledTimes(3);
    cached(empty.db, 'b');
    expect(query).toHaveBeenCalledTimes(4);
  });

  test('long lists are not kept', () => {
    const query = vi.fn(() => Array.from({ length: 2_001 }, (_, i) => i));
    const cached = new QueryCache(true).memoise('q', query);
    cached(empty.db);
    cached(empty.db);
    expect(query).toHaveBeenCalledTimes(2);
  });

  test('each database connection has its own results', async () => {
    const other = createTestDb();
    try {
      const query = vi.fn((db: unknown) => [db === empty.db ? 'empty' : 'other']);
      const cached = new QueryCache(true).memoise('q', query);
      expect(cached(empty.db)).toEqual(['empty']);
      expect(cached(other.db)).toEqual(['other']);
    } finally {
      other.cleanup();
    }
  });
});
