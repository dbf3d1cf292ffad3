/**
 * Two neighbouring quarterly reports that repeat events (hand-written test data in
 * tests/fixtures/reports/, never part of the default data). Read off the fixtures: Q3 has 6 rows,
 * Q4 has 6 rows; Q3 row 1 = Q4 row 1 (ИННОПРОМ. Беларусь, 28 Sep – 1 Oct) and Q3 row 3 = Q4 row 3
 * (Дни культуры Беларуси, 26–28 / 27–28 Sep), so 10 real events. Near misses: the working group
 * meets on 15 Sep and on 23 Dec (recurring); Firebird CUP shares dates and city with Дни культуры.
 */
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { EMPTY_FILTERS } from '@/lib/filters/filters';
import { readExportedEvents } from '@/lib/export/events';
import { deleteReport } from '@/lib/import/delete-report';
import { importReportFile } from '@/lib/import/import-report';
import { getEventsByCountry } from '@/lib/queries/countries';
import { getKeyFigures } from '@/lib/queries/overview';
import { getEventsBySphere } from '@/lib/queries/spheres';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';

const Q3 = path.resolve('tests/fixtures/reports/test-2025-Q3.txt');
const Q4 = path.resolve('tests/fixtures/reports/test-2025-Q4.txt');

let testDb: TestDb | undefined;
afterEach(() => testDb?.cleanup());

async function loaded(order: string[]): Promise<TestDb> {
  testDb = createTestDb();
  for (const file of order) await importReportFile(testDb.db, file);
  return testDb;
}

describe.each([
  ['Q3 then Q4', [Q3, Q4]],
  ['Q4 then Q3', [Q4, Q3]],
])('both reports loaded, %s', (_, order) => {
  test('every real event counts once', async () => {
    const { db } = await loaded(order);
    expect(getKeyFigures(db, EMPTY_FILTERS).events).toBe(10);
  });

  test('per-country counts count each event once', async () => {
    const { db } = await loaded(order);
    const byCountry = Object.fromEntries(getEventsByCountry(db, EMPTY_FILTERS).map((row) => [row.code, row.events]));
    expect(byCountry).toEqual({ BY: 6, KZ: 1, UZ: 1, KG: 1 });
  });

  test('per-sphere counts use the canonical sphere and the newest row', async () => {
    const { db } = await loaded(order);
    const bySphere = Object.fromEntries(getEventsBySphere(db, EMPTY_FILTERS).map((row) => [row.slug, row.events]));
    expect(bySphere).toEqual({ economy: 1, 'industry-trade': 2, 'culture-tourism': 3, general: 3, 'kosmicheskih-issledovaniy': 1 });
  });

  test('the export links twins with sameAs, and --distinct writes each event once', async () => {
    const { db } = await loaded(order);
    const rows = readExportedEvents(db);
    expect(rows).toHaveLength(12);
    const sameAs = (report: string, seq: number) => rows.find((row) => row.report === report && row.seq === seq)?.sameAs;
    expect(sameAs('2025-Q4', 1)).toEqual([{ report: '2025-Q3', seq: 1 }]);
    expect(sameAs('2025-Q3', 3)).toEqual([{ report: '2025-Q4', seq: 3 }]);
    expect(sameAs('2025-Q3', 5)).toEqual([]);
    const distinct = readExportedEvents(db, { distinct: true });
    expect(distinct).toHaveLength(10);
    expect(distinct.filter((row) => row.sameAs.length > 0).map((row) => `${row.report}#${row.seq}`)).toEqual(['2025-Q4#1', '2025-Q4#3']);
  });
});

test('importing a report that overlaps a stored one says so', async () => {
  const { db } = await loaded([Q3]);
  const result = await importReportFile(db, Q4);
  expect(result.knownFrom).toEqual([{ report: '2025-Q3', events: 2 }]);
});

test('choosing a report shows its rows as it stated them', async () => {
  const { db } = await loaded([Q3, Q4]);
  expect(getKeyFigures(db, { ...EMPTY_FILTERS, report: '2025-Q3' }).events).toBe(6);
  expect(getKeyFigures(db, { ...EMPTY_FILTERS, report: '2025-Q3' }).smeParticipations).toBe(17);
});

test('deleting the newer report brings back the older rows', async () => {
  const { db } = await loaded([Q3, Q4]);
  expect(deleteReport(db, '2025-Q4')).toBe(true);
  expect(getKeyFigures(db, EMPTY_FILTERS).events).toBe(6);
});
