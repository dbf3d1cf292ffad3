import { describe, expect, test } from 'vitest';
import { getSmeByCountry, getSmeByKind, getSmeByQuarter } from '@/lib/queries/sme';
import { realReportDbPerFile } from '@/tests/helpers/test-db';
import { filtersOf, sumOf } from './report-facts';

const testDb = realReportDbPerFile();

describe('getSmeByQuarter', () => {
  test('all SME rows (1–10) are in 2025-Q4: 187 over 10 events', () => {
    expect(getSmeByQuarter(testDb.db, filtersOf())).toEqual([{ quarterKey: '2025-Q4', smeParticipations: 187, eventsWithSme: 10 }]);
  });

  test('September has no SME rows', () => {
    expect(getSmeByQuarter(testDb.db, filtersOf({ to: '2025-Q3' }))).toEqual([]);
  });
});

describe('getSmeByCountry', () => {
  test('per country, from the SME counts of rows 1–10 (row 9 names no country)', () => {
    expect(getSmeByCountry(testDb.db, filtersOf()).map(({ code, smeParticipations, eventsWithSme }) => ({ code, smeParticipations, eventsWithSme }))).toEqual([
      { code: 'BY', smeParticipations: 4 + 38 + 71, eventsWithSme: 3 },
      { code: 'KZ', smeParticipations: 4 + 38, eventsWithSme: 2 },
      { code: 'UZ', smeParticipations: 4 + 3 + 28, eventsWithSme: 3 },
      { code: 'AE', smeParticipations: 29, eventsWithSme: 1 },
      { code: 'CN', smeParticipations: 3, eventsWithSme: 1 },
    ]);
  });

  test('filters apply: a country filter keeps the other countries of its events', () => {
    const rows = getSmeByCountry(testDb.db, filtersOf({ country: ['KZ'] }));
    expect(rows.map((row) => [row.code, row.smeParticipations])).toEqual([['KZ', 42], ['BY', 38]]);
  });
});

describe('getSmeByKind', () => {
  test('the ten SME rows split between exhibitions (1–5, 9) and business missions (6–8, 10)', () => {
    const rows = getSmeByKind(testDb.db, filtersOf());
    expect(sumOf(rows.map((row) => row.smeParticipations))).toBe(187);
    expect(rows).toEqual([
      { kind: 'business_mission', smeParticipations: 38 + 28 + 29 + 71, eventsWithSme: 4 },
      { kind: 'exhibition', smeParticipations: 4 + 3 + 4 + 4 + 3 + 3, eventsWithSme: 6 },
    ]);
  });
});
