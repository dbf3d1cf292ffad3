import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getWarningCounts, getWarnings } from '@/lib/queries/quality';
import { createRealReportDb, realReportDbPerFile, type TestDb } from '@/tests/helpers/test-db';
import { importReportBytes } from '@/lib/import/import-report';
import { realReportText } from '@/tests/helpers/real-report';
import { filtersOf } from './report-facts';

const testDb = realReportDbPerFile();

/** Rows dated (wholly or partly) before 1 October 2025: outside the report's quarter. */
const OUTSIDE_PERIOD = [13, 16, 22, 23, 24, 25, 26, 43, 44, 59, 60, 61, 62, 65, 66];
/** Rows whose place cell names only an oblast body or a district: the seat is assumed. */
const SEAT_ASSUMED = [18, 19, 50];

describe('getWarningCounts', () => {
  test('15 dates outside the quarter and 3 assumed seats', () => {
    expect(getWarningCounts(testDb.db, filtersOf())).toEqual([
      { code: 'date_outside_period', warnings: OUTSIDE_PERIOD.length },
      { code: 'place_seat_assumed', warnings: SEAT_ASSUMED.length },
    ]);
  });

  test('filters apply: culture has the five September rows 22–26', () => {
    expect(getWarningCounts(testDb.db, filtersOf({ sphere: ['culture-tourism'] }))).toEqual([{ code: 'date_outside_period', warnings: 5 }]);
  });

  test('nothing matches: no counts', () => {
    expect(getWarningCounts(testDb.db, filtersOf({ sphere: ['economy'] }))).toEqual([]);
  });
});

describe('getWarnings', () => {
  test('18 warnings, each tied to its report, row and title, in row order', () => {
    const warnings = getWarnings(testDb.db, filtersOf());
    expect(warnings).toHaveLength(18);
    expect(warnings.filter((w) => w.code === 'date_outside_period').map((w) => w.seq)).toEqual(OUTSIDE_PERIOD);
    expect(warnings.filter((w) => w.code === 'place_seat_assumed').map((w) => w.seq)).toEqual(SEAT_ASSUMED);
    expect(warnings.every((w) => w.report === '2025-Q4' && w.eventId !== null)).toBe(true);
  });

  test('a warning keeps the report text it is about', () => {
    const row13 = getWarnings(testDb.db, filtersOf()).find((w) => w.seq === 13);
    expect(row13).toMatchObject({ code: 'date_outside_period', location: '28 сентября - 1 октября 2025 года' });
    expect(row13?.title).toMatch(/ИННОПРОМ\. Беларусь/);
  });

  test('filters combine: Belarus in 2025-Q3', () => {
    const warnings = getWarnings(testDb.db, filtersOf({ country: ['BY'], to: '2025-Q3' }));
    expect(warnings.map((w) => w.seq)).toEqual([13, 16, 22, 24, 25, 26, 43, 44, 61, 62, 66]);
  });

  test('the report filter: another period has no warnings', () => {
    expect(getWarnings(testDb.db, filtersOf({ report: '2024-Q4' }))).toEqual([]);
    expect(getWarnings(testDb.db, filtersOf({ report: '2025-Q4' }))).toHaveLength(18);
  });
});

describe('report-level warnings (no event)', () => {
  let twoReports: TestDb;
  beforeAll(async () => {
    twoReports = await createRealReportDb();
    const q3 = realReportText()
      .replace('в IV квартале 2025 года', 'в III квартале 2025 года')
      .replace('Сотрудничество в сфере общественных связей', 'Сотрудничество в сфере космических исследований');
    await importReportBytes(twoReports.db, new TextEncoder().encode(q3), 'smolensk-international-2025-Q3.txt');
  });
  afterAll(() => twoReports.cleanup());

  test('an unknown sphere is reported once, for its report, without an event', () => {
    const unknown = getWarnings(twoReports.db, filtersOf()).filter((w) => w.code === 'unknown_sphere');
    expect(unknown).toEqual([expect.objectContaining({ report: '2025-Q3', eventId: null, seq: null, location: 'Сотрудничество в сфере космических исследований' })]);
  });

  test('event filters keep it; the report filter keeps it only for its own report', () => {
    const codesOf = (report: string) => getWarnings(twoReports.db, filtersOf({ report, country: ['BY'] })).map((w) => w.code);
    expect(codesOf('2025-Q3')).toContain('unknown_sphere');
    expect(codesOf('2025-Q4')).not.toContain('unknown_sphere');
    expect(getWarningCounts(twoReports.db, filtersOf({ report: '2025-Q4' })).map((c) => c.code)).toEqual(['date_outside_period', 'place_seat_assumed']);
  });
});
