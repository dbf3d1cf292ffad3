/**
 * Corrections on the real Q4 2025 report: applied to the row (so every aggregate uses them), the
 * parsed value kept, undone, refused without a reason or with a bad value, audited in the same
 * transaction. Row 59 (Слёт Всемирного фестиваля молодёжи) states 1 000 foreign participants; row
 * 10 stands under economic development with 71 SMEs (tests/fixtures/expected/2025-Q4.ts).
 */
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { auditLog, corrections, eventCountries, events, reports } from '@/db/schema';
import { correctEvent, undoCorrection } from '@/lib/curation/correct';
import { EMPTY_FILTERS } from '@/lib/filters/filters';
import { getKeyFigures } from '@/lib/queries/overview';
import { getEventsBySphere } from '@/lib/queries/spheres';
import { expectedEvents } from '@/tests/fixtures/expected/2025-Q4';
import { createRealReportDb, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb;
beforeEach(async () => {
  testDb = await createRealReportDb();
});
afterEach(() => testDb.cleanup());

function rowId(seq: number): number {
  const row = testDb.db.select({ id: events.id }).from(events).innerJoin(reports, eq(reports.id, events.reportId)).where(and(eq(reports.periodKey, '2025-Q4'), eq(events.seq, seq))).get();
  if (!row) throw new Error(`no row ${seq}`);
  return row.id;
}

const stated59 = expectedEvents.find((event) => event.seq === 59)?.foreignParticipants;
const correct = (seq: number, field: string, value: unknown, reason = 'checked against the report') =>
  correctEvent(testDb.db, { eventId: rowId(seq), field, value, reason, username: 'olga' });

describe('correcting a field', () => {
  test('the corrected value is on the row, so the key figures use it; the parsed value is kept', () => {
    const stated = getKeyFigures(testDb.db, EMPTY_FILTERS).foreignParticipants;
    const correction = correct(59, 'foreignParticipants', '8');
    expect(correction).toMatchObject({ field: 'foreignParticipants', parsedValue: stated59, value: 8, state: 'active', seq: 59, periodKey: '2025-Q4' });
    expect(getKeyFigures(testDb.db, EMPTY_FILTERS).foreignParticipants).toBe(stated - 1000 + 8);
  });

  test('undo writes the parsed value back and keeps the history', () => {
    const stated = getKeyFigures(testDb.db, EMPTY_FILTERS).foreignParticipants;
    const correction = correct(59, 'foreignParticipants', 8);
    expect(undoCorrection(testDb.db, correction.id, 'anna').state).toBe('undone');
    expect(getKeyFigures(testDb.db, EMPTY_FILTERS).foreignParticipants).toBe(stated);
    expect(testDb.db.select().from(corrections).all()).toHaveLength(1);
  });

  test('a sphere correction moves the row between spheres', () => {
    const before = getEventsBySphere(testDb.db, EMPTY_FILTERS);
    const econ = before.find((sphere) => sphere.slug === 'economy')?.events ?? 0;
    const culture = before.find((sphere) => sphere.slug === 'culture-tourism')?.events ?? 0;
    correct(10, 'sphere', 'culture-tourism');
    const after = getEventsBySphere(testDb.db, EMPTY_FILTERS);
    expect(after.find((sphere) => sphere.slug === 'economy')?.events ?? 0).toBe(econ - 1);
    expect(after.find((sphere) => sphere.slug === 'culture-tourism')?.events).toBe(culture + 1);
  });

  test('a start date correction moves the row to its quarter', () => {
    correct(59, 'startDate', '2025-10-16');
    expect(testDb.db.select({ quarter: events.quarterKey }).from(events).where(eq(events.id, rowId(59))).get()?.quarter).toBe('2025-Q4');
  });

  test('partner countries are replaced as a list', () => {
    correct(59, 'countries', 'by, cn');
    const links = testDb.db.select().from(eventCountries).where(eq(eventCountries.eventId, rowId(59))).all();
    expect(links.map((link) => [link.countryCode, link.role]).sort()).toEqual([['BY', 'partner'], ['CN', 'partner']]);
  });

  test('a second correction of a field supersedes the first and keeps the parser value', () => {
    const stated = getKeyFigures(testDb.db, EMPTY_FILTERS).foreignParticipants;
    const first = correct(59, 'foreignParticipants', 8);
    const second = correct(59, 'foreignParticipants', 9);
    expect(second.parsedValue).toBe(1000);
    expect(testDb.db.select({ state: corrections.state }).from(corrections).where(eq(corrections.id, first.id)).get()?.state).toBe('superseded');
    undoCorrection(testDb.db, second.id, 'anna');
    expect(getKeyFigures(testDb.db, EMPTY_FILTERS).foreignParticipants).toBe(stated);
  });

  test.each([
    ['foreignParticipants', '-3', 'invalid_value'],
    ['foreignParticipants', 'eight', 'invalid_value'],
    ['startDate', '2025-13-01', 'invalid_value'],
    ['kind', 'party', 'invalid_value'],
    ['countries', 'RU', 'invalid_value'],
    ['sphere', 'no-such-sphere', 'invalid_value'],
    ['printedNo', '5', 'invalid_field'],
    ['foreignParticipants', '1000', 'unchanged'],
  ])('%s = %s is refused (%s) and nothing is written', (field, value, code) => {
    expect(() => correct(59, field, value)).toThrow(expect.objectContaining({ code }));
    expect(testDb.db.select().from(corrections).all()).toHaveLength(0);
    expect(testDb.db.select().from(auditLog).all().filter((entry) => entry.action !== 'import')).toHaveLength(0);
  });

  test('a reason is required', () => {
    expect(() => correct(59, 'foreignParticipants', 8, '  ')).toThrow(expect.objectContaining({ code: 'no_reason' }));
  });

  test('every change is in the audit log with who, what and why', () => {
    const correction = correct(59, 'foreignParticipants', 8, 'the 8 are the Smolensk delegation');
    undoCorrection(testDb.db, correction.id, 'anna');
    const entries = testDb.db.select().from(auditLog).all().filter((entry) => entry.action !== 'import');
    expect(entries.map((entry) => [entry.username, entry.action, entry.periodKey, entry.detail])).toEqual([
      ['olga', 'correct', '2025-Q4', '#59 foreignParticipants: 1000 → 8; the 8 are the Smolensk delegation'],
      ['anna', 'undo_correction', '2025-Q4', '#59 foreignParticipants: 8 → 1000'],
    ]);
  });
});
