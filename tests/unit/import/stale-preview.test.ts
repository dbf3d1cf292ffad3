/**
 * Stale preview (issue 13, item 10): two admins preview different files for one period; the
 * second confirm must not replace the first's import unseen.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { NO_STORED_REPORT, previewBasis, readUpload, StalePreviewError, storeUpload } from '@/lib/import/admin-import';
import { realReportText } from '@/tests/helpers/real-report';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb;
afterEach(() => testDb.cleanup());

const upload = (text: string, name: string) => readUpload(new TextEncoder().encode(text), name);
const edited = () => realReportText().replace('Реверсная бизнес-миссия из Республики Узбекистан', 'Реверсная бизнес-миссия из Узбекистана');
const storedHash = () => (testDb.db.$client.prepare("select content_hash as h from reports where period_key = '2025-Q4'").get() as { h: string }).h;

describe('a confirm carries the stored state it previewed against', () => {
  test('the second of two confirms made against the same empty period is refused; the first import stays', async () => {
    testDb = createTestDb();
    const anna = await upload(realReportText(), 'anna.txt');
    const boris = await upload(edited(), 'boris.txt');
    const annaBasis = previewBasis(testDb.db, '2025-Q4');
    const borisBasis = previewBasis(testDb.db, '2025-Q4');
    expect(annaBasis).toBe(NO_STORED_REPORT);
    expect(storeUpload(testDb.db, anna, 'anna', annaBasis).outcome).toBe('created');
    expect(() => storeUpload(testDb.db, boris, 'boris', borisBasis)).toThrow(StalePreviewError);
    expect(storedHash()).toBe(anna.contentHash);
    expect((testDb.db.$client.prepare('select count(*) as n from audit_log').get() as { n: number }).n).toBe(1);
  });

  test('a confirm against the current stored report replaces it; one whose result is already stored passes unchanged', async () => {
    testDb = createTestDb();
    const first = await upload(realReportText(), 'first.txt');
    storeUpload(testDb.db, first, 'anna', previewBasis(testDb.db, '2025-Q4'));
    const second = await upload(edited(), 'second.txt');
    expect(storeUpload(testDb.db, second, 'boris', previewBasis(testDb.db, '2025-Q4')).outcome).toBe('replaced');
    expect(storeUpload(testDb.db, second, 'anna', first.contentHash).outcome).toBe('unchanged');
    expect(storedHash()).toBe(second.contentHash);
  });
});
