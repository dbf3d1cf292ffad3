/**
 * Corrections survive re-imports of the real Q4 2025 report: the same file again changes nothing;
 * a new version with row 59 reworded carries the correction to it; with the row removed the
 * correction is orphaned; with its foreign participants restated (1 000 → 900) it is a conflict,
 * not applied until confirmed. The variants are the real report text edited in memory.
 */
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { corrections, events, reports } from '@/db/schema';
import { confirmCorrection, correctEvent, dropCorrection } from '@/lib/curation/correct';
import { importReportBytes, importReportFile } from '@/lib/import/import-report';
import { previewReport } from '@/lib/import/preview';
import { readUpload } from '@/lib/import/admin-import';
import { getStoredReportInfo } from '@/lib/queries/imports';
import { REAL_REPORT_PATH, realReportText } from '@/tests/helpers/real-report';
import { createRealReportDb, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb;
beforeEach(async () => {
  testDb = await createRealReportDb();
  correctEvent(testDb.db, { eventId: row(59).id, field: 'foreignParticipants', value: 8, reason: 'delegation only', username: 'olga' });
});
afterEach(() => testDb.cleanup());

function row(seq: number) {
  const found = testDb.db.select({ id: events.id, title: events.title, foreign: events.foreignParticipants }).from(events).innerJoin(reports, eq(reports.id, events.reportId)).where(and(eq(reports.periodKey, '2025-Q4'), eq(events.seq, seq))).get();
  if (!found) throw new Error(`no row ${seq}`);
  return found;
}

const stored = () => testDb.db.select().from(corrections).get();
const TITLE_59 = '\tУчастие в Слете Всемирного фестиваля молодежи \n';

async function importVariant(text: string) {
  return importReportBytes(testDb.db, new TextEncoder().encode(text), 'smolensk-international-2025-Q4-v2.txt');
}

describe('re-importing a corrected report', () => {
  test('the same file again changes nothing, and its preview lists no correction', async () => {
    const upload = await readUpload(new TextEncoder().encode(realReportText()), 'same.txt');
    expect(previewReport(upload.report, upload.contentHash, getStoredReportInfo(testDb.db, '2025-Q4')).corrections).toEqual([]);
    const result = await importReportFile(testDb.db, REAL_REPORT_PATH);
    expect(result.outcome).toBe('unchanged');
    expect(row(59).foreign).toBe(8);
    expect(stored()).toMatchObject({ state: 'active', eventId: row(59).id });
  });

  test('a new version with the row reworded: the correction follows the row', async () => {
    const text = realReportText();
    expect(text).toContain(TITLE_59);
    const result = await importVariant(text.replace(TITLE_59, '\tУчастие делегации в Слете Всемирного фестиваля молодежи 2025\n'));
    expect(result.outcome).toBe('replaced');
    expect(result.corrections).toEqual([expect.objectContaining({ fromSeq: 59, toSeq: 59, state: 'active' })]);
    expect(row(59)).toMatchObject({ title: 'Участие делегации в Слете Всемирного фестиваля молодежи 2025', foreign: 8 });
    expect(stored()).toMatchObject({ state: 'active', eventId: row(59).id });
  });

  test('a new version without the row: the preview says so, and saving orphans the correction', async () => {
    const text = realReportText();
    const start = text.indexOf('\t59. \n');
    const end = text.indexOf('\t60. \n');
    const upload = await readUpload(new TextEncoder().encode(text.slice(0, start) + text.slice(end)), 'v2.txt');
    const preview = previewReport(upload.report, upload.contentHash, getStoredReportInfo(testDb.db, '2025-Q4'));
    expect(preview.corrections).toEqual([expect.objectContaining({ fromSeq: 59, toSeq: null, state: 'orphaned', field: 'foreignParticipants' })]);
    const result = await importVariant(text.slice(0, start) + text.slice(end));
    expect(result.corrections).toEqual([expect.objectContaining({ fromSeq: 59, toSeq: null, state: 'orphaned' })]);
    expect(stored()).toMatchObject({ state: 'orphaned', eventId: null });
    dropCorrection(testDb.db, (stored() as { id: number }).id, 'anna');
    expect(stored()?.state).toBe('dropped');
  });

  test('a new version that restates the corrected value: a conflict, applied only when confirmed', async () => {
    const text = realReportText().replace('1\u00a0000 человек – представители молодежи иностранных', '900 человек – представители молодежи иностранных');
    const result = await importVariant(text);
    expect(result.corrections).toEqual([expect.objectContaining({ toSeq: 59, state: 'conflict', newParsedValue: 900 })]);
    expect(row(59).foreign).toBe(900);
    const confirmed = confirmCorrection(testDb.db, (stored() as { id: number }).id, 'anna');
    expect(confirmed).toMatchObject({ state: 'active', parsedValue: 900, value: 8 });
    expect(row(59).foreign).toBe(8);
  });
});
