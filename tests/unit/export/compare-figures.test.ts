import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCompareExportContext } from '@/lib/export/compare-context';
import { pairedCharts } from '@/lib/compare/paired-bars';
import { loadComparison, type Comparison } from '@/lib/compare/periods';
import { COMPARE_FIGURES } from '@/lib/export/compare-figures';
import { EMPTY_FILTERS } from '@/lib/filters/filters';
import { getSpheres } from '@/lib/queries/spheres';
import { expectedEvents, expectedReport } from '@/tests/fixtures/expected/2025-Q4';
import { asQuarterKey } from '@/lib/periods';
import { REAL_REPORT_PATH } from '@/tests/helpers/real-report';
import { sumOf } from '@/tests/unit/queries/report-facts';
import { createRealReportDb, createReportsDb, TEST_REPORTS, type TestDb } from '@/tests/helpers/test-db';

/*
 * Read off the report: rows 13, 16, 22–26, 43, 44, 59–62, 65, 66 start in September (quarter III),
 * the other 55 rows in quarter IV. Belarus is named in 11 of the September rows and 39 of the rest.
 */
const Q3_ROWS = [13, 16, 22, 23, 24, 25, 26, 43, 44, 59, 60, 61, 62, 65, 66];
const q3 = expectedEvents.filter((row) => Q3_ROWS.includes(row.seq));
const q4 = expectedEvents.filter((row) => !Q3_ROWS.includes(row.seq));
const naming = (rows: typeof expectedEvents, code: string) => rows.filter((row) => row.countries.includes(code)).length;
const CULTURE = expectedReport.spheres[7]!;
const ECONOMY = expectedReport.spheres[0]!;
const span = (from: string, to = from) => ({ from: asQuarterKey(from), to: asQuarterKey(to) });
const PERIODS = { a: span('2025-Q3'), b: span('2025-Q4') };

/*
 * With the test Q3 2025 report loaded too: its rows 2, 4, 5 and 6 are events of their own (rows 1
 * and 3 are the Q4 report's rows 13 and 25), so quarter III holds 15 + 4 = 19 events. Row 2 is a
 * business mission from Kazakhstan with 12 SMEs (economy); rows 4–6 name Belarus (culture, general,
 * a new sphere of space research).
 */
describe('comparison downloads: quarter III against quarter IV of 2025, both reports loaded', () => {
  let testDb: TestDb;
  let comparison: Comparison;
  const table = (figure: keyof typeof COMPARE_FIGURES) => COMPARE_FIGURES[figure](testDb.db, comparison);
  beforeAll(async () => {
    testDb = await createReportsDb([TEST_REPORTS.q3_2025, REAL_REPORT_PATH]);
    comparison = loadComparison(testDb.db, EMPTY_FILTERS, PERIODS);
  });
  afterAll(() => testDb.cleanup());

  test('both periods rest on their reports: comparable', () => {
    expect(comparison.comparable).toBe(true);
    expect(comparison.missing).toBe('');
  });

  test('every table names both periods in its columns, then the change and the change in percent', () => {
    const { columns } = table('compare-countries');
    expect(columns.map((column) => column.header)).toEqual(['Страна', 'Регион мира', 'Период A: III кв. 2025', 'Период B: IV кв. 2025', 'Изменение', 'Изменение, %', 'Столбец на графике']);
  });

  test('key figures: 19 → 55 events (+36, +189 %); SMEs 12 → 187', () => {
    const rows = table('compare-figures').rows;
    expect(rows[0]).toEqual(['Мероприятия', 19, 55, 36, 189]);
    expect(rows.find((row) => row[0] === 'Участия субъектов МСП')).toEqual(['Участия субъектов МСП', 12, 187, 175, 1458]);
  });

  test('countries: Belarus 14 → 39, a large increase; Kazakhstan 1 → 3, moderate', () => {
    const rows = table('compare-levels');
    expect(rows.rows[0]).toEqual(['Беларусь', 'Беларусь', 14, 39, 25, 179, 'Сильный рост']);
    expect(rows.rows.find((row) => row[0] === 'Казахстан')).toEqual(['Казахстан', 'Центральная Азия', 1, 3, 2, 200, 'Умеренный рост']);
  });

  test('spheres: culture 6 → 16; SMEs in the economic sphere 12 → 187', () => {
    expect(table('compare-spheres').rows.find((row) => row[1] === CULTURE)).toEqual(['Культура и туризм', CULTURE, 6, 16, 10, 167, 'Культура и туризм']);
    expect(table('compare-sme-spheres').rows).toEqual([['Экономика', ECONOMY, 12, 187, 175, 1458, 'Экономика']]);
  });

  test('the export context names both periods and both reports, with no warning', () => {
    const context = loadCompareExportContext(testDb.db, EMPTY_FILTERS, PERIODS);
    expect(context.subtitle).toBe('Сравнение периодов: III кв. 2025 (A) и IV кв. 2025 (B) · Фильтры: не выбраны');
    expect(context.source).toBe('Источник: отчёты о мероприятиях в международной сфере, III квартал 2025 г., IV квартал 2025 г.');
  });
});

/*
 * Only the Q4 2025 report loaded, and quarter III chosen by hand as period A: quarter III has no
 * report (only the 15 September rows of the Q4 report), so no change is computed anywhere.
 */
describe('comparison downloads: quarter III chosen against quarter IV with only the Q4 report loaded', () => {
  let testDb: TestDb;
  let comparison: Comparison;
  const table = (figure: keyof typeof COMPARE_FIGURES) => COMPARE_FIGURES[figure](testDb.db, comparison);
  beforeAll(async () => {
    testDb = await createRealReportDb();
    comparison = loadComparison(testDb.db, EMPTY_FILTERS, PERIODS);
  });
  afterAll(() => testDb.cleanup());

  test('the hand counts behind the expectations', () => {
    expect([q3.length, q4.length]).toEqual([15, 55]);
    expect([naming(q3, 'BY'), naming(q4, 'BY')]).toEqual([11, 39]);
    expect([naming(q3, 'UZ'), naming(q4, 'UZ')]).toEqual([0, 6]);
  });

  test('not comparable: quarter III has no report', () => {
    expect(comparison.comparable).toBe(false);
    expect(comparison.missing).toBe('нет отчёта за III кв. 2025');
  });

  test('every table marks period A as without its report', () => {
    const { columns } = table('compare-countries');
    expect(columns.map((column) => column.header)).toEqual(['Страна', 'Регион мира', 'Период A: III кв. 2025 (нет отчёта)', 'Период B: IV кв. 2025', 'Изменение', 'Изменение, %', 'Столбец на графике']);
    expect(table('compare-levels').columns.at(-1)?.header).toBe('Уровень');
  });

  test('key figures: 15 and 55 events, but no change and no "+267 %"', () => {
    const rows = table('compare-figures').rows;
    expect(rows[0]).toEqual(['Мероприятия', 15, 55, null, null]);
    // No SMEs among the 15 September rows: that zero is not a measurement of quarter III either.
    expect(rows.find((row) => row[0] === 'Участия субъектов МСП')).toEqual(['Участия субъектов МСП', null, 187, null, null]);
  });

  test('the countries chart: Belarus first with 11 and 39 events, no change computed; the file lists all 17 countries of the report', () => {
    const rows = table('compare-countries').rows;
    expect(rows).toHaveLength(17);
    expect(rows[0]).toEqual(['Беларусь', 'Беларусь', 11, 39, null, null, 'Беларусь']);
    expect(rows.find((row) => row[0] === 'Узбекистан')).toEqual(['Узбекистан', 'Центральная Азия', 0, 6, null, null, 'Узбекистан']);
    // The chart: six countries and "Прочие (11)" with the sums of the other eleven in both periods.
    const chart = pairedCharts(comparison, getSpheres(testDb.db)).countries;
    expect(chart.items).toHaveLength(7);
    expect(chart.items[6]).toMatchObject({ label: 'Прочие (11)', a: sumOf(rows.slice(6).map((row) => row[2] as number)), b: sumOf(rows.slice(6).map((row) => row[3] as number)) });
    expect(rows.slice(6).every((row) => row[6] === 'Прочие (11)')).toBe(true);
    expect(chart.note).toBe('Показаны 6 крупнейших из 17; «Прочие (11)» — сумма остальных. Полный список — в выгрузке XLSX и CSV.');
  });

  test('the rows are the paired chart\'s bars, in the chart\'s order', () => {
    const charts = pairedCharts(comparison, getSpheres(testDb.db));
    expect(table('compare-spheres').rows.map((row) => [row[0], row[2], row[3]])).toEqual(charts.spheres.all.map((item) => [item.label, item.a, item.b]));
    expect(table('compare-sme-countries').rows.map((row) => [row[0], row[2], row[3]])).toEqual(charts.smeCountries.all.map((item) => [item.label, item.a, item.b]));
  });

  test('spheres: culture 5 and 16; SMEs only in the economic sphere, 187 in quarter IV', () => {
    expect(table('compare-spheres').rows.find((row) => row[1] === CULTURE)).toEqual(['Культура и туризм', CULTURE, 5, 16, null, null, 'Культура и туризм']);
    expect(table('compare-sme-spheres').rows).toEqual([['Экономика', ECONOMY, 0, 187, null, null, 'Экономика']]);
  });

  test('the change levels (table and map) say "not available", never a rise', () => {
    const rows = table('compare-levels').rows;
    expect(rows[0]).toEqual(['Беларусь', 'Беларусь', 11, 39, null, null, 'Н/д: нет отчёта']);
    // China: row 60 in September; rows 2, 29, 49, 64 later.
    expect(rows.find((row) => row[0] === 'КНР')).toEqual(['КНР', 'Китай', 1, 4, null, null, 'Н/д: нет отчёта']);
    expect(rows.every((row) => row.at(-1) === 'Н/д: нет отчёта')).toBe(true);
    expect(table('compare-map').rows).toEqual(rows);
  });

  test('the export context names both periods and the missing report in the subtitle, the file names and the query', () => {
    const context = loadCompareExportContext(testDb.db, EMPTY_FILTERS, PERIODS);
    expect(context.period).toBe('2025-Q3_vs_2025-Q4');
    expect(context.query).toBe('a=2025-Q3&b=2025-Q4');
    expect(context.subtitle).toBe('Сравнение периодов: III кв. 2025 (A) и IV кв. 2025 (B) · Фильтры: не выбраны · внимание: нет отчёта за III кв. 2025, изменения не вычислялись');
    expect(context.source).toBe('Источник: отчёт о мероприятиях в международной сфере, IV квартал 2025 г.');
  });

  test('ranges of quarters are written with both ends', () => {
    const context = loadCompareExportContext(testDb.db, { ...EMPTY_FILTERS, country: ['BY'] }, { a: span('2025-Q1', '2025-Q2'), b: PERIODS.b });
    expect(context.period).toBe('2025-Q1_2025-Q2_vs_2025-Q4');
    expect(context.query).toBe('country=BY&aFrom=2025-Q1&aTo=2025-Q2&b=2025-Q4');
    expect(context.filtersLabel).toBe('Фильтры: Страна: Беларусь');
  });
});
