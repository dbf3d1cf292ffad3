/**
 * Report coverage against real SQLite files built from the real Q4 2025 report and the test
 * reports. Expected values are read off the reports: the Q4 2025 report has 70 rows, 55 start in
 * October–December and 15 in September (rows 13, 16, 22–26, 43, 44, 59–62, 65, 66); the test Q3
 * 2025 report has 6 rows, all starting in July–September, two of them (ИННОПРОМ, Дни культуры
 * Беларуси) repeated by the Q4 report; the test Q4 2024 report has 5 rows, one (row 5) dated
 * 25 September 2024.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getCoverage, getEventSources, getFilterCoverage, getReportBreakdown } from '@/lib/queries/coverage';
import { expectedEvents, expectedReport } from '@/tests/fixtures/expected/2025-Q4';
import { REAL_REPORT_PATH } from '@/tests/helpers/real-report';
import { createRealReportDb, createReportsDb, TEST_REPORTS, type TestDb } from '@/tests/helpers/test-db';
import { filtersOf } from './report-facts';

const SEPTEMBER_ROWS = expectedEvents.filter((row) => row.startDate.startsWith('2025-09')).map((row) => row.seq);
const statuses = (testDb: TestDb) => getCoverage(testDb.db).quarters.map((entry) => `${entry.quarter}:${entry.status}`);

describe('only the Q4 2025 report loaded', () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createRealReportDb();
  });
  afterAll(() => testDb.cleanup());

  test('the hand count: 15 September rows', () => {
    expect(SEPTEMBER_ROWS).toEqual([13, 16, 22, 23, 24, 25, 26, 43, 44, 59, 60, 61, 62, 65, 66]);
  });

  test('Q4 has its report; Q3 holds only the rows the Q4 report gives for September', () => {
    expect(statuses(testDb)).toEqual(['2025-Q3:partial', '2025-Q4:report']);
    expect(getCoverage(testDb.db).reports).toEqual(['2025-Q4']);
  });

  test('the report: 70 rows, 55 of its own quarter, 15 of September, and its closing line', () => {
    expect(getReportBreakdown(testDb.db, '2025-Q4')).toEqual({
      periodKey: '2025-Q4',
      rows: 70,
      inPeriod: 55,
      earlier: [{ month: '2025-09', rows: 15 }],
      later: [],
      undated: 0,
      summary: expectedReport.summary,
    });
    expect(getReportBreakdown(testDb.db, '2025-Q3')).toBeUndefined();
  });

  test('the counted events of a quarter and the reports they come from', () => {
    expect(getEventSources(testDb.db, filtersOf({ from: '2025-Q3', to: '2025-Q3' }))).toEqual([{ periodKey: '2025-Q4', events: 15 }]);
    expect(getEventSources(testDb.db, filtersOf({ from: '2025-Q4', to: '2025-Q4' }))).toEqual([{ periodKey: '2025-Q4', events: 55 }]);
  });

  test.each([
    [{ from: '2025-Q4', to: '2025-Q4' }, 'complete', undefined],
    [{ from: '2025-Q3', to: '2025-Q3' }, 'unreported', 'За III кв. 2025 отчёт не загружен: известно только 15 мероприятий из отчёта за IV кв. 2025. Это не итоги периода.'],
    [{ from: '2025-Q3', to: '2025-Q3', country: ['UZ'] }, 'unreported', 'Нет загруженных отчётов за III кв. 2025.'],
    [{ from: '2025-Q1', to: '2025-Q2' }, 'empty', 'Нет загруженных отчётов за I–II кв. 2025.'],
    [{ from: '2026-Q1' }, 'empty', 'Нет загруженных отчётов за I кв. 2026.'],
    [{}, 'incomplete', 'Данные неполные: нет отчёта за III кв. 2025.'],
    [{ dateFrom: '2025-10-01', dateTo: '2025-12-31' }, 'complete', undefined],
    [{ report: '2025-Q4' }, 'report', undefined],
  ])('the period of %o is %s', (filters, status, note) => {
    const coverage = getFilterCoverage(testDb.db, filtersOf(filters));
    expect(coverage.status).toBe(status);
    expect(coverage.note).toBe(note);
  });
});

describe('three reports: Q4 2024 (test), Q3 2025 (test), Q4 2025 (real)', () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createReportsDb([TEST_REPORTS.q4_2024, TEST_REPORTS.q3_2025, REAL_REPORT_PATH]);
  });
  afterAll(() => testDb.cleanup());

  test('every quarter from the first row to the last, with the two unloaded quarters of 2025 in between', () => {
    expect(statuses(testDb)).toEqual(['2024-Q3:partial', '2024-Q4:report', '2025-Q1:none', '2025-Q2:none', '2025-Q3:report', '2025-Q4:report']);
  });

  test('Q3 2025: 19 events, 4 only in the Q3 report and 15 counted from the newer Q4 report', () => {
    expect(getEventSources(testDb.db, filtersOf({ from: '2025-Q3', to: '2025-Q3' }))).toEqual([
      { periodKey: '2025-Q3', events: 4 },
      { periodKey: '2025-Q4', events: 15 },
    ]);
    expect(getFilterCoverage(testDb.db, filtersOf({ from: '2025-Q3', to: '2025-Q3' })).status).toBe('complete');
  });

  test('the Q4 2024 report: 5 rows, 4 of its quarter and 1 of September 2024; the Q3 2025 report has no late rows', () => {
    expect(getReportBreakdown(testDb.db, '2024-Q4')).toMatchObject({ rows: 5, inPeriod: 4, earlier: [{ month: '2024-09', rows: 1 }], later: [] });
    expect(getReportBreakdown(testDb.db, '2025-Q3')).toMatchObject({ rows: 6, inPeriod: 6, earlier: [], later: [] });
  });

  test('a year over a gap is incomplete; a range of two unloaded quarters is empty', () => {
    expect(getFilterCoverage(testDb.db, filtersOf({ from: '2025-Q1', to: '2025-Q4' })).note).toBe('Данные неполные: нет отчёта за I–II кв. 2025.');
    expect(getFilterCoverage(testDb.db, filtersOf({ from: '2025-Q1', to: '2025-Q2' })).note).toBe('Нет загруженных отчётов за I–II кв. 2025.');
  });
});

describe('a half-year report covers both its quarters', () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createReportsDb([TEST_REPORTS.q3_2025]);
    // The parser reads quarterly titles only; the stored key is what coverage rests on.
    testDb.db.run(sql`update reports set period_key = '2025-H2'`);
  });
  afterAll(() => testDb.cleanup());

  test('Q3 and Q4 2025 have their report, though every row starts in Q3', () => {
    expect(statuses(testDb)).toEqual(['2025-Q3:report', '2025-Q4:report']);
    expect(getCoverage(testDb.db).quarters.map((entry) => entry.reports)).toEqual([['2025-H2'], ['2025-H2']]);
    expect(getReportBreakdown(testDb.db, '2025-H2')).toMatchObject({ rows: 6, inPeriod: 6, earlier: [], later: [] });
  });
});
