import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eventsToCsv, neutraliseFormula } from '@/lib/export/csv';
import { readExportedEvents, type ExportedEvent } from '@/lib/export/events';
import { createRealReportDb, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb;
let events: ExportedEvent[];

beforeAll(async () => {
  testDb = await createRealReportDb();
  events = readExportedEvents(testDb.db);
});
afterAll(() => testDb.cleanup());

describe('JSON export (the public data format)', () => {
  test('every event carries exactly the documented fields', () => {
    const fields = ['report', 'seq', 'printedNo', 'sphere', 'title', 'status', 'startDate', 'endDate', 'datePrecision', 'places', 'remote', 'countries', 'smeCount', 'participantsTotal', 'foreignParticipants', 'audience', 'delegationSize', 'agreementSigned', 'format', 'direction', 'kind', 'warnings', 'sameAs', 'corrected', 'excluded', 'mergedInto'];
    expect(events).toHaveLength(70);
    expect(Object.keys(events[0] ?? {}).filter((key) => key !== 'id').sort()).toEqual([...fields].sort());
  });

  test('row 23 names both ends of the remote round table and Serbia', () => {
    const row = events.find((event) => event.seq === 23);
    expect(row).toMatchObject({ report: '2025-Q4', startDate: '2025-09-19', remote: true, countries: ['RS'], participantsTotal: 10 });
    expect(row?.places.map((place) => [place.name, place.country])).toEqual([['Смоленск', 'RU'], ['Крагуевац', 'RS']]);
    expect(row?.warnings.map((warning) => warning.code)).toEqual(['date_outside_period']);
  });

  test('status and the delegation size are exported (row 59: the Smolensk delegation of 8 among 2 000)', () => {
    const row = events.find((event) => event.seq === 59);
    expect(row).toMatchObject({ status: 'held', participantsTotal: 2000, delegationSize: 8 });
  });

  test('countries are sorted ISO codes without RU', () => {
    const row = events.find((event) => event.seq === 63);
    expect(row?.countries).toEqual(['AZ', 'BY', 'KG', 'KZ', 'TJ', 'UZ']);
    expect(events.some((event) => event.countries.includes('RU'))).toBe(false);
  });
});

describe('CSV export', () => {
  test('starts with a BOM, uses ";" and has one line per event', () => {
    const csv = eventsToCsv(events);
    expect(csv.startsWith('\uFEFFreport;seq;printedNo;sphere;title;')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(71);
  });

  test('the header names status and delegationSize', () => {
    const header = eventsToCsv(events).slice(1).split('\r\n')[0]?.split(';') ?? [];
    expect(header).toEqual(expect.arrayContaining(['status', 'delegationSize']));
    expect(header.indexOf('status')).toBe(header.indexOf('title') + 1);
  });

  test.each([['=1+1'], ['+7 495'], ['-5'], ['@SUM(A1)']])('%j cannot run as a formula', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });
});
