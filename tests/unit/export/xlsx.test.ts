import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toCsv } from '@/lib/export/csv';
import { FIGURES, type FigureTable } from '@/lib/export/figures';
import { writeXlsx } from '@/lib/export/xlsx';
import { EMPTY_FILTERS } from '@/lib/filters/filters';
import { importReportBytes } from '@/lib/import/import-report';
import { createRealReportDb, createTestDb, type TestDb } from '@/tests/helpers/test-db';

const TEXT = { subtitle: 'Период: все загруженные отчёты', source: 'Источник: отчёт о мероприятиях в международной сфере, IV квартал 2025 г.' };
const HEADER_ROW = 4;

async function readBack(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

async function sheetXml(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
}

/** Data rows under the header, up to the blank row before the source line. */
function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  for (let n = HEADER_ROW + 1; n <= sheet.rowCount; n++) {
    const values = (sheet.getRow(n).values as ExcelJS.CellValue[]).slice(1);
    if (values.length === 0) break;
    rows.push(values);
  }
  return rows;
}

describe('a cell that looks like a formula', () => {
  const table: FigureTable = {
    title: 'Проверка',
    columns: [{ header: 'Текст', width: 20, type: 'text' }, { header: 'Число', width: 10, type: 'number' }],
    rows: [['=1+1', 2], ['+7 495', 3], ['-5', 4], ['@SUM(A1)', 5]],
  };

  test('stays text in the workbook: no formula element, the same string read back', async () => {
    const buffer = await writeXlsx(table, TEXT);
    expect(await sheetXml(buffer)).not.toContain('<f>');
    const sheet = await readBack(buffer);
    const cell = sheet.getCell(HEADER_ROW + 1, 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=1+1');
    expect(dataRows(sheet).map((row) => row[0])).toEqual(['=1+1', '+7 495', '-5', '@SUM(A1)']);
  });

  test('is prefixed with an apostrophe in the CSV', () => {
    const lines = toCsv(['Текст', 'Число'], table.rows).slice(1).split('\r\n');
    expect(lines.slice(1, 5)).toEqual(["'=1+1;2", "'+7 495;3", "'-5;4", "'@SUM(A1);5"]);
  });
});

describe('the events table of a crafted report with "=1+1" as a title', () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = createTestDb();
    const report = fs.readFileSync(path.resolve('tests/fixtures/reports/test-2025-Q4.txt'), 'utf8');
    const crafted = report.replace('Рабочая встреча с делегацией из Республики Узбекистан', '=1+1');
    await importReportBytes(testDb.db, new TextEncoder().encode(crafted), 'crafted-2025-Q4.txt');
  });
  afterAll(() => testDb.cleanup());

  test('is text in the XLSX and neutralised in the CSV', async () => {
    const table = FIGURES.events(testDb.db, EMPTY_FILTERS);
    const sheet = await readBack(await writeXlsx(table, TEXT));
    const titles = dataRows(sheet).map((row) => row[2]);
    expect(titles).toContain('=1+1');
    const csv = toCsv(table.columns.map((column) => column.header), table.rows);
    expect(csv).toContain(";'=1+1;");
    expect(csv).not.toMatch(/;=1\+1;/);
  });
});

describe('figures of the real report', () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createRealReportDb();
  });
  afterAll(() => testDb.cleanup());

  test('the countries workbook has a title, a bold header, numbers as numbers and the source line', async () => {
    const table = FIGURES.countries(testDb.db, EMPTY_FILTERS);
    const sheet = await readBack(await writeXlsx(table, TEXT));
    expect(sheet.getCell(1, 1).value).toBe('Страны по числу мероприятий');
    expect(sheet.getCell(2, 1).value).toBe(TEXT.subtitle);
    expect(sheet.getCell(HEADER_ROW, 1).value).toBe('Страна');
    expect(sheet.getCell(HEADER_ROW, 1).font?.bold).toBe(true);
    // Read off the report: Belarus is named in 50 rows, Uzbekistan in 6, China in 5.
    expect(dataRows(sheet).slice(0, 3)).toEqual([
      ['Беларусь', 'Беларусь', 50, 'Беларусь'],
      ['Узбекистан', 'Центральная Азия', 6, 'Узбекистан'],
      ['КНР', 'Китай', 5, 'КНР'],
    ]);
    expect(sheet.getCell(HEADER_ROW + 1, 3).type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell(HEADER_ROW + table.rows.length + 2, 1).value).toBe(TEXT.source);
  });

  test('the overview\'s ten main countries come with the full list of 17 (the rest drawn as "Прочие (7)"); the SME figure sums 187 participations', () => {
    const top = FIGURES['countries-top'](testDb.db, EMPTY_FILTERS).rows;
    expect(top).toHaveLength(17);
    expect(top.filter((row) => row[3] === 'Прочие (7)')).toHaveLength(7);
    const sme = FIGURES['sme-spheres'](testDb.db, EMPTY_FILTERS).rows;
    expect(sme).toEqual([['Экономика', 'Сотрудничество в сфере экономического развития', 187, 'Экономика']]);
  });

  test('the trend has one row per quarter of the start date: 15 events in Q3 and 55 in Q4', () => {
    const { columns, rows } = FIGURES.trend(testDb.db, EMPTY_FILTERS);
    expect(columns.at(-1)?.header).toBe('Всего');
    expect(rows.map((row) => [row[0], row.at(-1)])).toEqual([['III кв. 2025', 15], ['IV кв. 2025', 55]]);
  });

  test('event dates are real dates in the workbook', async () => {
    const sheet = await readBack(await writeXlsx(FIGURES.events(testDb.db, EMPTY_FILTERS), TEXT));
    expect(sheet.getCell(HEADER_ROW + 1, 4).value).toBeInstanceOf(Date);
    expect(dataRows(sheet)).toHaveLength(70);
  });
});
