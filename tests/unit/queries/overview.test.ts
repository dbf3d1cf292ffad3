import { describe, expect, test } from 'vitest';
import { getKeyFigures, getQuarterTrend, getReports } from '@/lib/queries/overview';
import { expectedEvents } from '@/tests/fixtures/expected/2025-Q4';
import { realReportDbPerFile } from '@/tests/helpers/test-db';
import { ECONOMY_SME, expectedSeqs, filtersOf, isAbroad, sumOf, withCountry } from './report-facts';

const testDb = realReportDbPerFile();

const partnerCodes = new Set(expectedEvents.flatMap((event) => event.countries));
const foreignCounts = expectedEvents.map((event) => event.foreignParticipants);

describe('getKeyFigures', () => {
  test('all data: 70 events, SME 187 over 10 events, the hand-counted partners, foreign participants and documents', () => {
    const figures = getKeyFigures(testDb.db, filtersOf());
    expect(figures).toMatchObject({
      events: 70,
      partnerCountries: partnerCodes.size,
      smeParticipations: 187,
      eventsWithSme: 10,
      foreignParticipants: sumOf(foreignCounts),
      eventsWithForeignCount: foreignCounts.filter((n) => n !== null).length,
      documentsSigned: expectedSeqs((event) => event.agreementSigned).length,
      abroad: expectedSeqs(isAbroad).length,
    });
    expect(sumOf(ECONOMY_SME)).toBe(187);
    // Rows read as remote (hand reading in tests/fixtures/expected/2025-Q4.ts): the 7 whose place cell
    // says "(в дистанционном формате)" — 18, 19, 23, 37, 45, 47, 64 — and row 50, a "заочный конкурс".
    expect(expectedSeqs((event) => event.format === 'remote')).toEqual([18, 19, 23, 37, 45, 47, 50, 64]);
    expect(figures.remote).toBe(8);
    expect(figures.inRegion).toBe(expectedSeqs((event) => event.direction !== 'outbound').length);
  });

  test('documents signed are rows 13, 67 and 70', () => {
    expect(expectedSeqs((event) => event.agreementSigned)).toEqual([13, 67, 70]);
    expect(getKeyFigures(testDb.db, filtersOf()).documentsSigned).toBe(3);
  });

  test('filters apply to every figure: Belarus', () => {
    const belarus = expectedEvents.filter(withCountry('BY'));
    const figures = getKeyFigures(testDb.db, filtersOf({ country: ['BY'] }));
    expect(figures.events).toBe(belarus.length);
    expect(figures.smeParticipations).toBe(4 + 38 + 71);
    expect(figures.eventsWithSme).toBe(3);
    expect(figures.partnerCountries).toBe(new Set(belarus.flatMap((event) => event.countries)).size);
  });

  test('nothing matches: zeros, not nulls', () => {
    expect(getKeyFigures(testDb.db, filtersOf({ report: '2024-Q1' }))).toMatchObject({ events: 0, smeParticipations: 0, partnerCountries: 0, documentsSigned: 0 });
  });
});

describe('getQuarterTrend', () => {
  test('the Q4 report holds 15 events of 2025-Q3 (September rows) and 55 of 2025-Q4', () => {
    const trend = getQuarterTrend(testDb.db, filtersOf());
    const perQuarter = (key: string) => sumOf(trend.filter((row) => row.quarterKey === key).map((row) => row.events));
    expect(perQuarter('2025-Q3')).toBe(15);
    expect(perQuarter('2025-Q4')).toBe(55);
  });

  test('September rows by sphere: five of culture (22–26), the rest spread', () => {
    const trend = getQuarterTrend(testDb.db, filtersOf({ to: '2025-Q3' }));
    expect(trend.find((row) => row.sphereSlug === 'culture-tourism')?.events).toBe(5);
    expect(trend.find((row) => row.sphereSlug === 'youth')?.events).toBe(4);
    expect(trend.find((row) => row.sphereSlug === 'economy')).toBeUndefined();
  });

  test('economy: all ten rows in 2025-Q4', () => {
    expect(getQuarterTrend(testDb.db, filtersOf({ sphere: ['economy'] }))).toEqual([{ quarterKey: '2025-Q4', sphereSlug: 'economy', events: 10 }]);
  });
});

describe('getReports', () => {
  test('one stored report, Q4 2025, with its 70 events and source file', () => {
    const [report, ...rest] = getReports(testDb.db);
    expect(rest).toEqual([]);
    expect(report).toMatchObject({ periodKey: '2025-Q4', year: 2025, quarter: 4, sourceFile: 'smolensk-international-2025-Q4.txt', events: 70 });
    expect(report?.title).toMatch(/^Отчет о мероприятиях в международной сфере/);
    expect(report?.importedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
});
