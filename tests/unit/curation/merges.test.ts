/**
 * Merges and unlinks, on a real SQLite database.
 *
 * The real Q4 2025 report (data/reports/), read by hand: rows 1–10 stand under economic
 * development (10 rows), rows 22–42 under culture and tourism (21 rows), 70 rows in all, every one
 * held. Row 10 ("Реверсная бизнес-миссия из Республики Беларусь", Смоленск, 9–10 December, 71 SME)
 * and row 42 ("Бизнес-миссия турбизнеса Республики Беларусь в г. Смоленск", Смоленск, 9–10
 * December, no SME count) are one Belarusian tourism mission filed under two spheres.
 *
 * The test reports (tests/fixtures/reports/test-2025-Q3.txt, test-2025-Q4.txt): 10 real events,
 * Q3 row 1 = Q4 row 1 (ИННОПРОМ. Беларусь) linked automatically; row 5 of each is the working group
 * (15 September and 23 December), not linked.
 */
import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, test } from 'vitest';
import { auditLog, eventMerges, events, reports } from '@/db/schema';
import { dropMerge, mergeEvents, undoMerge, unlinkEvents } from '@/lib/curation/merges';
import { readExportedEvents } from '@/lib/export/events';
import { EMPTY_FILTERS } from '@/lib/filters/filters';
import { deleteReport } from '@/lib/import/delete-report';
import { readUpload } from '@/lib/import/admin-import';
import { importReportBytes, importReportFile } from '@/lib/import/import-report';
import { previewReport } from '@/lib/import/preview';
import { getStoredReportInfo } from '@/lib/queries/imports';
import { getKeyFigures } from '@/lib/queries/overview';
import { getEventsBySphere } from '@/lib/queries/spheres';
import { realReportText } from '@/tests/helpers/real-report';
import { createRealReportDb, createReportsDb, TEST_REPORTS, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb;
afterEach(() => testDb.cleanup());

const rowId = (period: string, seq: number) =>
  testDb.db.select({ id: events.id }).from(events).innerJoin(reports, eq(reports.id, events.reportId)).where(and(eq(reports.periodKey, period), eq(events.seq, seq))).get()?.id ?? 0;
const bySphere = () => Object.fromEntries(getEventsBySphere(testDb.db, EMPTY_FILTERS).map((row) => [row.slug, row.events]));
const figures = () => getKeyFigures(testDb.db, EMPTY_FILTERS);
const stateOf = (id: number) => testDb.db.select({ state: eventMerges.state }).from(eventMerges).where(eq(eventMerges.id, id)).get()?.state;
const encode = (text: string) => new TextEncoder().encode(text);
const merge10and42 = (winner: 10 | 42) =>
  mergeEvents(testDb.db, { eventIds: [rowId('2025-Q4', 10), rowId('2025-Q4', 42)], winnerId: rowId('2025-Q4', winner), reason: 'одна бизнес-миссия в двух сферах', username: 'olga' });

describe('merging Q4 rows 10 and 42 of the real report', () => {
  test('row 10 counts: culture and tourism loses one row, the total one event, economic development keeps its 10', async () => {
    testDb = await createRealReportDb();
    expect(bySphere()).toMatchObject({ economy: 10, 'culture-tourism': 21 });
    expect(figures().events).toBe(70);
    merge10and42(10);
    expect(bySphere()).toMatchObject({ economy: 10, 'culture-tourism': 20 });
    expect(figures().events).toBe(69);
  });

  test('row 42 counts: economic development loses row 10 and its 71 SME participations', async () => {
    testDb = await createRealReportDb();
    const sme = figures().smeParticipations;
    merge10and42(42);
    expect(bySphere()).toMatchObject({ economy: 9, 'culture-tourism': 21 });
    expect(figures()).toMatchObject({ events: 69, smeParticipations: sme - 71 });
  });

  test('audited in the same transaction; undo restores the counts', async () => {
    testDb = await createRealReportDb();
    const merge = merge10and42(10);
    expect(testDb.db.select().from(auditLog).where(eq(auditLog.action, 'merge')).all()).toEqual([
      expect.objectContaining({ username: 'olga', periodKey: '2025-Q4', detail: '2025-Q4 #10 (counts) + 2025-Q4 #42; одна бизнес-миссия в двух сферах' }),
    ]);
    undoMerge(testDb.db, merge.id, 'anna');
    expect(bySphere()).toMatchObject({ economy: 10, 'culture-tourism': 21 });
    expect(figures().events).toBe(70);
    expect(stateOf(merge.id)).toBe('undone');
  });

  test('refusals: no reason, one row, a winner outside the rows, a row already merged', async () => {
    testDb = await createRealReportDb();
    const [a, b, c] = [rowId('2025-Q4', 10), rowId('2025-Q4', 42), rowId('2025-Q4', 18)];
    expect(() => mergeEvents(testDb.db, { eventIds: [a, b], winnerId: a, reason: ' ', username: 'olga' })).toThrow('reason');
    expect(() => mergeEvents(testDb.db, { eventIds: [a, a], winnerId: a, reason: 'x', username: 'olga' })).toThrow('2 to');
    expect(() => mergeEvents(testDb.db, { eventIds: [a, b], winnerId: c, reason: 'x', username: 'olga' })).toThrow('must be one of');
    merge10and42(10);
    expect(() => mergeEvents(testDb.db, { eventIds: [b, c], winnerId: c, reason: 'x', username: 'olga' })).toThrow('already merged');
    expect(figures().events).toBe(69);
  });

  test('the export marks the merged-away row with the row that counts; --distinct leaves it out', async () => {
    testDb = await createRealReportDb();
    merge10and42(10);
    const rows = readExportedEvents(testDb.db);
    expect(rows.find((row) => row.seq === 42)?.mergedInto).toEqual({ report: '2025-Q4', seq: 10 });
    expect(rows.find((row) => row.seq === 10)?.mergedInto).toBeNull();
    expect(readExportedEvents(testDb.db, { distinct: true }).map((row) => row.seq)).not.toContain(42);
  });
});

describe('a merge kept across re-imports', () => {
  test('the same file again changes nothing; a new version finds both rows again', async () => {
    testDb = await createRealReportDb();
    const merge = merge10and42(10);
    const text = realReportText();
    expect((await importReportBytes(testDb.db, encode(text), 'smolensk-international-2025-Q4.txt')).outcome).toBe('unchanged');
    expect(bySphere()).toMatchObject({ economy: 10, 'culture-tourism': 20 });
    expect((await importReportBytes(testDb.db, encode(`${text}\n`), 'v2.txt')).outcome).toBe('replaced');
    expect(stateOf(merge.id)).toBe('active');
    expect(bySphere()).toMatchObject({ economy: 10, 'culture-tourism': 20 });
    expect(figures().events).toBe(69);
  });

  test('a version without row 10 orphans the merge: row 42 (now row 41) counts again; the orphan can be dropped', async () => {
    testDb = await createRealReportDb();
    const merge = merge10and42(10);
    const withoutRow10 = realReportText().replace(/\t10\. \r?\n[\s\S]*?(?=\tСотрудничество в сфере инвестиционного развития)/, '');
    expect(withoutRow10).not.toContain('Реверсная бизнес-миссия из Республики Беларусь');
    await importReportBytes(testDb.db, encode(withoutRow10), 'v2.txt');
    expect(stateOf(merge.id)).toBe('orphaned');
    expect(bySphere()).toMatchObject({ economy: 9, 'culture-tourism': 21 });
    expect(figures().events).toBe(69);
    dropMerge(testDb.db, merge.id, 'anna');
    expect(stateOf(merge.id)).toBe('dropped');
  });

  test('the import preview lists the merge a version without row 10 would orphan, and no merge for a version with both rows', async () => {
    testDb = await createRealReportDb();
    const merge = merge10and42(10);
    const preview = async (text: string) => {
      const upload = await readUpload(encode(text), 'v2.txt');
      return previewReport(upload.report, upload.contentHash, getStoredReportInfo(testDb.db, '2025-Q4')).merges;
    };
    const withoutRow10 = realReportText().replace(/\t10\. \r?\n[\s\S]*?(?=\tСотрудничество в сфере инвестиционного развития)/, '');
    expect(await preview(withoutRow10)).toEqual([
      {
        id: merge.id,
        kind: 'merge',
        rows: [
          { periodKey: '2025-Q4', seq: 10, title: 'Реверсная бизнес-миссия из Республики Беларусь', lost: true },
          { periodKey: '2025-Q4', seq: 42, title: 'Бизнес-миссия турбизнеса Республики Беларусь в г. Смоленск', lost: false },
        ],
      },
    ]);
    expect(await preview(`${realReportText()}\n`)).toEqual([]);
    expect(await preview(realReportText())).toEqual([]);
    expect(stateOf(merge.id)).toBe('active');
  });

  test('deleting the report orphans the merge; importing it again applies it again', async () => {
    testDb = await createRealReportDb();
    const merge = merge10and42(10);
    deleteReport(testDb.db, '2025-Q4');
    expect(stateOf(merge.id)).toBe('orphaned');
    await importReportBytes(testDb.db, encode(realReportText()), 'smolensk-international-2025-Q4.txt');
    expect(stateOf(merge.id)).toBe('active');
    expect(bySphere()).toMatchObject({ economy: 10, 'culture-tourism': 20 });
  });
});

describe('across reports', () => {
  const isPrimary = (period: string, seq: number) => testDb.db.select({ value: events.isPrimary }).from(events).where(eq(events.id, rowId(period, seq))).get()?.value;

  test('a merge the automatic linking missed, the older row chosen: it counts, the newer row does not', async () => {
    testDb = await createReportsDb([TEST_REPORTS.q3_2025, TEST_REPORTS.q4_2025]);
    expect(figures().events).toBe(10);
    mergeEvents(testDb.db, { eventIds: [rowId('2025-Q3', 5), rowId('2025-Q4', 5)], winnerId: rowId('2025-Q3', 5), reason: 'одно заседание', username: 'olga' });
    expect(figures().events).toBe(9);
    expect([isPrimary('2025-Q3', 5), isPrimary('2025-Q4', 5)]).toEqual([true, false]);
    // A new version of the newer report keeps the choice.
    await importReportBytes(testDb.db, encode(`${fs.readFileSync(TEST_REPORTS.q4_2025, 'utf8')}\n`), 'q4-v2.txt');
    expect([isPrimary('2025-Q3', 5), isPrimary('2025-Q4', 5)]).toEqual([true, false]);
  });

  test('the winner of a merge keeps counting over an automatically linked newer row', async () => {
    testDb = await createReportsDb([TEST_REPORTS.q3_2025, TEST_REPORTS.q4_2025]);
    expect([isPrimary('2025-Q3', 1), isPrimary('2025-Q4', 1)]).toEqual([false, true]);
    mergeEvents(testDb.db, { eventIds: [rowId('2025-Q3', 1), rowId('2025-Q4', 1)], winnerId: rowId('2025-Q3', 1), reason: 'в Q3 точнее', username: 'olga' });
    expect([isPrimary('2025-Q3', 1), isPrimary('2025-Q4', 1)]).toEqual([true, false]);
    expect(figures().events).toBe(10);
  });

  test('unlinking a wrong automatic link counts both rows; it survives a re-import; undo links them again', async () => {
    testDb = await createReportsDb([TEST_REPORTS.q3_2025, TEST_REPORTS.q4_2025]);
    const unlink = unlinkEvents(testDb.db, { eventIds: [rowId('2025-Q3', 1), rowId('2025-Q4', 1)], reason: 'два разных мероприятия', username: 'olga' });
    expect(figures().events).toBe(11);
    expect(readExportedEvents(testDb.db).find((row) => row.report === '2025-Q3' && row.seq === 1)?.sameAs).toEqual([]);
    await importReportFile(testDb.db, TEST_REPORTS.q4_2025); // unchanged
    await importReportBytes(testDb.db, encode(`${fs.readFileSync(TEST_REPORTS.q3_2025, 'utf8')}\n`), 'q3-v2.txt');
    expect(stateOf(unlink.id)).toBe('active');
    expect(figures().events).toBe(11);
    undoMerge(testDb.db, unlink.id, 'anna');
    expect(figures().events).toBe(10);
    expect([isPrimary('2025-Q3', 1), isPrimary('2025-Q4', 1)]).toEqual([false, true]);
  });

  test('only linked rows can be unlinked', async () => {
    testDb = await createReportsDb([TEST_REPORTS.q3_2025, TEST_REPORTS.q4_2025]);
    expect(() => unlinkEvents(testDb.db, { eventIds: [rowId('2025-Q3', 5), rowId('2025-Q4', 5)], reason: 'x', username: 'olga' })).toThrow('not linked');
  });
});
