import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIGURES } from '@/lib/export/figures';
import { BAR_LIMIT, countriesFigure, regionsFigure, spheresFigure } from '@/lib/figures/figures';
import { OTHERS_KEY } from '@/lib/figures/types';
import { OTHER_COLOR } from '@/lib/palette';
import { expectedEvents, expectedReport } from '@/tests/fixtures/expected/2025-Q4';
import { createRealReportDb, type TestDb } from '@/tests/helpers/test-db';
import { filtersOf, REGION_OF } from '../queries/report-facts';

/*
 * Read off the report (tests/fixtures/expected/2025-Q4.ts): the 70 rows name 17 partner countries
 * (Russia, the home country, is not a partner) and fall under 14 spheres; the countries belong to 8
 * region groups. A chart draws the first BAR_LIMIT (10) and one "Прочие" bar with the sum of the rest.
 */
const REPORT = filtersOf({ report: '2025-Q4' });
const byCount = (keys: string[]) => {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.values()].sort((a, b) => b - a);
};
const countryCounts = byCount(expectedEvents.flatMap((event) => event.countries.filter((code) => code !== 'RU')));
const sphereCounts = byCount(expectedEvents.map((event) => event.sphere));
const sum = (values: number[]) => values.reduce((total, n) => total + n, 0);

describe('ranked bar figures: the first ten and "Прочие"', () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createRealReportDb();
  });
  afterAll(() => testDb.cleanup());

  test('the report names 17 partner countries and 14 spheres (the premise of the cuts below)', () => {
    expect(countryCounts).toHaveLength(17);
    expect(Object.keys(REGION_OF)).toHaveLength(17);
    expect(sphereCounts).toHaveLength(expectedReport.sphereCount);
  });

  test('countries: ten bars as counted in the report, then "Прочие (7)" with the sum of the other seven, in the grey of "прочие"', () => {
    const figure = countriesFigure(testDb.db, REPORT);
    expect(BAR_LIMIT).toBe(10);
    expect(figure.bars).toHaveLength(11);
    expect(figure.bars.slice(0, 10).map((bar) => bar.value)).toEqual(countryCounts.slice(0, 10));
    const others = figure.bars[10]!;
    expect(others).toMatchObject({ key: OTHERS_KEY, label: 'Прочие (7)', value: sum(countryCounts.slice(10)), color: OTHER_COLOR });
    // Its drill-down: the events of all seven countries it gathers.
    const codes = new URLSearchParams(others.href.split('?')[1]).get('country')?.split(',') ?? [];
    expect(codes).toHaveLength(7);
    expect(codes.every((code) => code in REGION_OF)).toBe(true);
    expect(figure.note).toBe('Показаны 10 крупнейших из 17; «Прочие (7)» — сумма остальных. Полный список — в выгрузке XLSX и CSV.');
  });

  test('spheres: ten bars and "Прочие (4)"', () => {
    const figure = spheresFigure(testDb.db, REPORT);
    expect(figure.bars.map((bar) => bar.value)).toEqual([...sphereCounts.slice(0, 10), sum(sphereCounts.slice(10))]);
    expect(figure.bars.at(-1)?.label).toBe('Прочие (4)');
  });

  test('eight region groups fit: no "Прочие" bar and no note', () => {
    const figure = regionsFigure(testDb.db, REPORT);
    expect(figure.bars).toHaveLength(new Set(Object.values(REGION_OF)).size);
    expect(figure.bars.some((bar) => bar.key === OTHERS_KEY)).toBe(false);
    expect(figure.note).toBeUndefined();
  });

  test('the data file lists every country, each with the bar it is drawn in; its first ten rows are the chart\'s bars', () => {
    const figure = countriesFigure(testDb.db, REPORT);
    const table = FIGURES['countries-top'](testDb.db, REPORT);
    expect(table.columns.map((column) => column.header)).toEqual(['Страна', 'Регион мира', 'Мероприятия', 'Столбец на графике']);
    expect(table.rows.map((row) => row[2])).toEqual(countryCounts);
    expect(table.rows.slice(0, 10).map((row) => row[3])).toEqual(figure.bars.slice(0, 10).map((bar) => bar.label));
    expect(table.rows.slice(0, 10).map((row) => row[0])).toEqual(figure.bars.slice(0, 10).map((bar) => bar.label));
    expect(table.rows.slice(10).map((row) => row[3])).toEqual(Array(7).fill('Прочие (7)'));
    expect(sum(table.rows.slice(10).map((row) => row[2] as number))).toBe(figure.bars[10]!.value);
  });
});
