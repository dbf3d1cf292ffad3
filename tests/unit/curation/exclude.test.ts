/**
 * Excluding a row from every count. Row 42 of the real Q4 2025 report repeats row 10's Belarusian
 * tourism mission under culture and tourism (21 rows there): excluded, it leaves every figure, also
 * when the report is chosen; a new version of the report keeps the exclusion; undo counts it again.
 */
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { events, reports } from '@/db/schema';
import { correctEvent, undoCorrection } from '@/lib/curation/correct';
import { EMPTY_FILTERS } from '@/lib/filters/filters';
import { importReportBytes } from '@/lib/import/import-report';
import { getExcludedEvents } from '@/lib/queries/corrections';
import { getKeyFigures } from '@/lib/queries/overview';
import { getEventsBySphere } from '@/lib/queries/spheres';
import { realReportText } from '@/tests/helpers/real-report';
import { createRealReportDb, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb;
beforeEach(async () => {
  testDb = await createRealReportDb();
});
afterEach(() => testDb.cleanup());

const row42 = () =>
  testDb.db.select({ id: events.id }).from(events).innerJoin(reports, eq(reports.id, events.reportId)).where(and(eq(reports.periodKey, '2025-Q4'), eq(events.seq, 42))).get()?.id ?? 0;
const culture = (filters = EMPTY_FILTERS) => getEventsBySphere(testDb.db, filters).find((sphere) => sphere.slug === 'culture-tourism')?.events;
const exclude = () => correctEvent(testDb.db, { eventId: row42(), field: 'excluded', value: 'да', reason: 'duplicate of row 10', username: 'olga' });

describe('excluding a row', () => {
  test('it leaves every count, with or without a report filter, and is listed with its reason', () => {
    const total = getKeyFigures(testDb.db, EMPTY_FILTERS).events;
    const q4 = { ...EMPTY_FILTERS, report: '2025-Q4' };
    expect(culture()).toBe(21);
    exclude();
    expect(getKeyFigures(testDb.db, EMPTY_FILTERS).events).toBe(total - 1);
    expect(culture()).toBe(20);
    expect(culture(q4)).toBe(20);
    expect(getExcludedEvents(testDb.db)).toEqual([expect.objectContaining({ seq: 42, reason: 'duplicate of row 10', username: 'olga' })]);
  });

  test('undo counts it again', () => {
    undoCorrection(testDb.db, exclude().id, 'anna');
    expect(culture()).toBe(21);
    expect(getExcludedEvents(testDb.db)).toEqual([]);
  });

  test('a new version of the report keeps the exclusion', async () => {
    exclude();
    await importReportBytes(testDb.db, new TextEncoder().encode(`${realReportText()}\n`), 'v2.txt');
    expect(culture()).toBe(20);
    expect(getExcludedEvents(testDb.db)).toHaveLength(1);
  });
});
