/**
 * `npm run correct` against a real database holding the Q4 2025 report: the README's example
 * (row 59: 1 000 foreign participants → 8), its undo, the audit entries under "command line", and
 * the refusals (no reason, unknown row, bad arguments) that leave the database as it was.
 */
import { and, eq, ne } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { auditLog, events, reports } from '@/db/schema';
import { runScript } from '@/tests/helpers/cli';
import { realReportDbPerFile } from '@/tests/helpers/test-db';

const testDb = realReportDbPerFile();

function correct(...args: string[]) {
  return runScript('correct', testDb.file, args);
}

const foreign59 = () =>
  testDb.db.select({ value: events.foreignParticipants }).from(events).innerJoin(reports, eq(reports.id, events.reportId)).where(and(eq(reports.periodKey, '2025-Q4'), eq(events.seq, 59))).get()?.value;
const audit = () => testDb.db.select().from(auditLog).where(ne(auditLog.action, 'import')).all();
const ROW_59 = ['--report', '2025-Q4', '--seq', '59', '--field', 'foreignParticipants'];

describe('npm run correct', () => {
  test('refusals change nothing', () => {
    expect(correct(...ROW_59, '--value', '8').status).toBe(1);
    expect(correct('--report', '2025-Q4', '--seq', '99', '--field', 'smeCount', '--value', '1', '--reason', 'x').stderr).toContain('no row 99');
    expect(correct(...ROW_59).status).toBe(2);
    expect(foreign59()).toBe(1000);
    expect(audit()).toEqual([]);
  });

  test('corrects a field and undoes it, audited', () => {
    const done = correct(...ROW_59, '--value', '8', '--reason', 'the 8 are the Smolensk delegation');
    expect(done.stdout).toContain('corrected: 2025-Q4 #59 foreignParticipants: 1000 → 8');
    expect(foreign59()).toBe(8);
    expect(correct(...ROW_59, '--undo', '--user', 'anna').status).toBe(0);
    expect(foreign59()).toBe(1000);
    expect(audit().map((entry) => [entry.username, entry.action])).toEqual([
      ['command line', 'correct'],
      ['anna', 'undo_correction'],
    ]);
  });
});
