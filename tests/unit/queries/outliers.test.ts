/**
 * The outliers query on the real Q4 2025 report, with expectations read off the report:
 * rows 1–5 are exhibitions abroad (Ташкент, Гуанчжоу, Минск, Алматы, Ташкент) whose rows give SME
 * counts but no delegation; row 53 (Минск) states its delegation. Row 27 states 20 participants,
 * row 17 is dated 10 October 2025. Corrections that break those facts make the rows appear; rows
 * excluded from the counts are not listed.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { events, reports } from '@/db/schema';
import { correctEvent } from '@/lib/curation/correct';
import { getOutliers } from '@/lib/queries/outliers';
import { createRealReportDb, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createRealReportDb();
});
afterAll(() => testDb.cleanup());

const rowId = (seq: number) =>
  testDb.db.select({ id: events.id }).from(events).innerJoin(reports, eq(reports.id, events.reportId)).where(and(eq(reports.periodKey, '2025-Q4'), eq(events.seq, seq))).get()?.id ?? 0;
const reasonsOf = (seq: number) => getOutliers(testDb.db).shown.find((outlier) => outlier.row.seq === seq)?.reasons.map((reason) => reason.code) ?? [];
const correct = (seq: number, field: string, value: string) => correctEvent(testDb.db, { eventId: rowId(seq), field, value, reason: 'test', username: 'olga' });

describe('outliers of the real report', () => {
  test('exhibitions abroad without a delegation size are listed; a row that states its delegation is not', () => {
    for (const seq of [1, 2, 3, 4, 5]) expect(reasonsOf(seq)).toContain('abroad_no_delegation');
    expect(reasonsOf(53)).not.toContain('abroad_no_delegation');
  });

  test('more foreign participants than in all, and a year typo, appear once corrected so', () => {
    expect(reasonsOf(27)).toEqual([]);
    correct(27, 'foreignParticipants', '25');
    expect(reasonsOf(27)).toEqual(['foreign_exceeds_total']);
    correct(17, 'startDate', '2024-10-10');
    expect(reasonsOf(17)).toEqual(['date_outside_period']);
  });

  test('a row excluded from the counts is not listed', () => {
    correct(1, 'excluded', 'да');
    expect(reasonsOf(1)).toEqual([]);
  });
});
