/**
 * `npm run correct -- --merge …` against a real database holding the Q4 2025 report: rows 10
 * (economic development, of rows 1–10) and 42 (culture and tourism, of rows 22–42), one Belarusian
 * tourism mission. Merged with row 10 counting, culture and tourism has 20 rows and the report 69
 * events; --undo restores 21 and 70; refusals change nothing.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditLog } from '@/db/schema';
import { EMPTY_FILTERS } from '@/lib/filters/filters';
import { getKeyFigures } from '@/lib/queries/overview';
import { getEventsBySphere } from '@/lib/queries/spheres';
import { runScript } from '@/tests/helpers/cli';
import { createRealReportDb, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createRealReportDb();
});
afterAll(() => testDb.cleanup());

function correct(...args: string[]) {
  return runScript('correct', testDb.file, args);
}

// Each run of the command line is another connection: read fresh counts (the query cache is keyed on the data version).
const culture = () => getEventsBySphere(testDb.db, EMPTY_FILTERS).find((sphere) => sphere.slug === 'culture-tourism')?.events;
const total = () => getKeyFigures(testDb.db, EMPTY_FILTERS).events;
const ROWS = ['--merge', '2025-Q4:10,2025-Q4:42'];

describe('npm run correct -- --merge', () => {
  test('refusals change nothing', () => {
    expect(correct(...ROWS, '--reason', 'x').status).toBe(2); // no --winner
    expect(correct(...ROWS, '--winner', '2025-Q4:18', '--reason', 'x').stderr).toContain('must be one of');
    expect(correct('--merge', '2025-Q4:10,2025-Q4:99', '--winner', '2025-Q4:10', '--reason', 'x').stderr).toContain('no row 99');
    expect(correct(...ROWS, '--winner', '2025-Q4:10').status).toBe(2); // no reason
    expect([culture(), total()]).toEqual([21, 70]);
  });

  test('merges with the chosen winner and undoes it, audited', () => {
    const done = correct(...ROWS, '--winner', '2025-Q4:10', '--reason', 'одна миссия в двух сферах', '--user', 'olga');
    expect(done.stdout).toContain('merged: 2025-Q4:10, 2025-Q4:42; 2025-Q4:10 counts');
    expect([culture(), total()]).toEqual([20, 69]);
    expect(correct(...ROWS, '--undo').stdout).toContain('undone: merge of 2025-Q4:10, 2025-Q4:42');
    expect([culture(), total()]).toEqual([21, 70]);
    expect(correct(...ROWS, '--undo').status).toBe(1);
    const entries = testDb.db.select().from(auditLog).all().filter((entry) => entry.action !== 'import');
    expect(entries.map((entry) => [entry.username, entry.action])).toEqual([
      ['olga', 'merge'],
      ['command line', 'undo_merge'],
    ]);
    expect(testDb.db.select().from(auditLog).where(eq(auditLog.action, 'merge')).get()?.detail).toContain('одна миссия в двух сферах');
  });

  test('--unlink needs two rows the automatic linking joined', () => {
    expect(correct('--unlink', '2025-Q4:10,2025-Q4:42', '--reason', 'x').stderr).toContain('not linked');
  });
});
