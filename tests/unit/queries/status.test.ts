/**
 * Postponed and cancelled events (issue 10): stored with their report, left out of every figure,
 * listed on the data-quality page. The field-drift test report has three: rows 6 (cancelled),
 * 7 and 16 (postponed).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importReportFile } from '@/lib/import/import-report';
import { countEvents, getEventById } from '@/lib/queries/events';
import { getKeyFigures } from '@/lib/queries/overview';
import { getNotHeldEvents, getWarningCounts, getWarnings } from '@/lib/queries/quality';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { driftEvents } from '@/tests/fixtures/expected/test-2026-Q1-field-drift';
import { eventIdOfSeq, filtersOf, matchingSeqs } from './report-facts';

let testDb: TestDb;
beforeAll(async () => {
  testDb = createTestDb();
  await importReportFile(testDb.db, path.resolve('tests/fixtures/reports/test-2026-Q1-field-drift.txt'));
});
afterAll(() => testDb.cleanup());

const held = driftEvents.filter((event) => event.status === 'held').map((event) => event.seq);

describe('postponed and cancelled events', () => {
  test('every figure counts held events only, with or without a report chosen', () => {
    expect(matchingSeqs(testDb.db, filtersOf())).toEqual(held);
    expect(matchingSeqs(testDb.db, filtersOf({ report: '2026-Q1' }))).toEqual(held);
    expect(getKeyFigures(testDb.db, filtersOf()).events).toBe(17);
    expect(countEvents(testDb.db, filtersOf())).toBe(17);
  });

  test('the data-quality page lists them with their status and dates cell', () => {
    expect(getNotHeldEvents(testDb.db, filtersOf())).toEqual([
      expect.objectContaining({ report: '2026-Q1', seq: 6, status: 'cancelled', datesText: 'отменено' }),
      expect.objectContaining({ seq: 7, status: 'postponed', datesText: '12 марта 2026 года (перенесено на II квартал 2026 года)' }),
      expect.objectContaining({ seq: 16, status: 'postponed', datesText: 'перенесено' }),
    ]);
    expect(getNotHeldEvents(testDb.db, filtersOf({ report: '2025-Q4' }))).toEqual([]);
  });

  test('their warnings are listed and counted', () => {
    const counts = getWarningCounts(testDb.db, filtersOf());
    expect(counts).toEqual(expect.arrayContaining([{ code: 'event_cancelled', warnings: 1 }, { code: 'event_postponed', warnings: 2 }]));
    expect(getWarnings(testDb.db, filtersOf()).filter((w) => w.code.startsWith('event_')).map((w) => w.seq)).toEqual([6, 7, 16]);
  });

  test('a stored row keeps its status and no dates; the delegation size is stored', () => {
    const [cancelled] = getNotHeldEvents(testDb.db, filtersOf());
    const detail = getEventById(testDb.db, cancelled?.id ?? 0);
    expect(detail?.event).toMatchObject({ status: 'cancelled', startDate: null, endDate: null, quarterKey: null });
    expect(getEventById(testDb.db, eventIdOfSeq(testDb.db, 3))?.event).toMatchObject({ status: 'held', delegationSize: 8, participantsTotal: null });
  });
});
