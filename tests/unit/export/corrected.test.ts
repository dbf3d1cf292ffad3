/**
 * The export carries analysts' corrections: corrected values with `corrected` naming the fields,
 * and with `parsed` the parser's values back (row 59 of the real Q4 2025 report: 1 000 foreign
 * participants, no partner country, sphere "молодёжная политика").
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { events, reports } from '@/db/schema';
import { correctEvent } from '@/lib/curation/correct';
import { eventsToCsv } from '@/lib/export/csv';
import { readExportedEvents } from '@/lib/export/events';
import { createRealReportDb, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createRealReportDb();
  const id = testDb.db.select({ id: events.id }).from(events).innerJoin(reports, eq(reports.id, events.reportId)).where(and(eq(reports.periodKey, '2025-Q4'), eq(events.seq, 59))).get()?.id ?? 0;
  const correct = (field: string, value: unknown) => correctEvent(testDb.db, { eventId: id, field, value, reason: 'test', username: 'olga' });
  correct('foreignParticipants', 8);
  correct('countries', 'CN');
  correct('sphere', 'culture-tourism');
});
afterAll(() => testDb.cleanup());

const row59 = (options = {}) => readExportedEvents(testDb.db, options).find((event) => event.seq === 59);

describe('export of corrected rows', () => {
  test('corrected values, and the names of the corrected fields', () => {
    expect(row59()).toMatchObject({ foreignParticipants: 8, countries: ['CN'], sphere: 'Сотрудничество в сфере культуры и туризма', corrected: ['sphere', 'countries', 'foreignParticipants'] });
    expect(readExportedEvents(testDb.db).find((event) => event.seq === 58)?.corrected).toEqual([]);
  });

  test('--parsed gives the parser values back', () => {
    expect(row59({ parsed: true })).toMatchObject({
      foreignParticipants: 1000,
      countries: [],
      sphere: 'Сотрудничество в сфере молодежной политики и гражданско-патриотического воспитания',
      corrected: ['sphere', 'countries', 'foreignParticipants'],
    });
  });

  test('CSV has the corrected column', () => {
    const line = eventsToCsv(readExportedEvents(testDb.db)).split('\r\n').find((text) => text.startsWith('2025-Q4;59;'));
    expect(line?.endsWith(';sphere, countries, foreignParticipants;false;')).toBe(true);
  });
});
