/**
 * Unbounded look-alike pairs (issue 13, item 4): a 10 000-row report made of the 70 Q4 rows
 * repeated stored 1.5 million pairs (150 MB), and deleting it took 100 s. Identical rows are now
 * grouped and the pairs per report capped, with the rest counted in a warning.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { parseReport as parseTable } from '@/lib/ingest';
import { readTextTable } from '@/lib/ingest/table-text';
import { deleteReport } from '@/lib/import/delete-report';
import { MAX_LOOK_ALIKE_PAIRS } from '@/lib/reconcile';
import { saveReport } from '@/lib/import/save-report';
import { realReportText } from '@/tests/helpers/real-report';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';

const parseReport = (text: string) => parseTable(readTextTable(text));

let testDb: TestDb;
afterEach(() => testDb.cleanup());

const pairCount = () => (testDb.db.$client.prepare("select count(*) as n from event_matches where kind = 'possible_duplicate'").get() as { n: number }).n / 2;

describe('look-alike pairs per report', () => {
  test('the real report keeps its own look-alike pairs (rows 10/42 and 18/19) and no warning', () => {
    testDb = createTestDb();
    const result = saveReport(testDb.db, parseReport(realReportText()), { fileName: 'q4.txt', contentHash: 'q4' });
    const pairs = testDb.db.$client
      .prepare("select a.seq as a, b.seq as b from event_matches m join events a on a.id = m.event_id join events b on b.id = m.other_id where m.kind = 'possible_duplicate' and a.seq < b.seq order by a.seq")
      .all();
    expect(pairs).toEqual(expect.arrayContaining([{ a: 10, b: 42 }, { a: 18, b: 19 }]));
    expect(result.possibleDuplicates).toBe(pairs.length);
    expect(testDb.db.$client.prepare("select count(*) as n from import_warnings where code = 'look_alikes_capped'").get()).toEqual({ n: 0 });
  });

  test('10 010 rows (the 70 rows 143 times): bounded pairs, a warning with the count, a quick delete', () => {
    testDb = createTestDb();
    const report = parseReport(realReportText());
    const copies = 143;
    const events = Array.from({ length: copies }, (_, copy) => report.events.map((event) => ({ ...event, seq: copy * report.events.length + event.seq }))).flat();
    expect(events).toHaveLength(10_010);

    const started = performance.now();
    const result = saveReport(testDb.db, { ...report, events }, { fileName: 'repeated.txt', contentHash: 'repeated' });
    const saveMs = performance.now() - started;

    // 70 groups of 143 identical rows: 70 × 142 pairs to the groups' first rows, plus the look-alikes among the 70.
    expect(result.possibleDuplicates).toBeGreaterThanOrEqual(70 * 142);
    expect(result.possibleDuplicates).toBeLessThan(70 * 142 + 100);
    expect(pairCount()).toBe(MAX_LOOK_ALIKE_PAIRS);
    const warning = testDb.db.$client.prepare("select message from import_warnings where code = 'look_alikes_capped'").get() as { message: string };
    expect(warning.message).toBe(`${result.possibleDuplicates} pairs of look-alike rows; the first ${MAX_LOOK_ALIKE_PAIRS} are listed`);
    testDb.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    // The 10 010 rows themselves take ~45 MB; the unbounded pairs added 150 MB more.
    expect(fs.statSync(testDb.file).size).toBeLessThan(64 * 1024 * 1024);
    expect(saveMs).toBeLessThan(30_000);

    const deleting = performance.now();
    testDb.db.transaction(() => deleteReport(testDb.db, '2025-Q4'));
    expect(performance.now() - deleting).toBeLessThan(10_000);
    expect(testDb.db.$client.prepare('select count(*) as n from events').get()).toEqual({ n: 0 });
  });
});
