/**
 * A figure's table as an Excel workbook: a title row, the period and filters, a bold header,
 * typed cells (numbers as numbers, dates as dates) and the source line under the data.
 * Text goes in as plain strings: exceljs writes a formula only for `{ formula }` values, so a
 * report cell such as "=1+1" stays text (tests/unit/export/xlsx.test.ts reads the file back).
 */
import ExcelJS from 'exceljs';
import type { CellValue, Column, FigureTable } from './figures';

export interface SheetText {
  /** Period and active filters. */
  subtitle: string;
  source: string;
}

const HEADER_ROW = 4;
const MUTED = { argb: 'FF5B6878' };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FA' } };
const NUMBER_FORMAT = '#,##0';
const DATE_FORMAT = 'dd.mm.yyyy';

export async function writeXlsx(table: FigureTable, text: SheetText): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  sheet.columns = table.columns.map((column) => ({ width: column.width }));
  const width = Math.max(1, table.columns.length);
  addNote(sheet, 1, table.title, width, { bold: true, size: 14 });
  addNote(sheet, 2, text.subtitle, width, { italic: true, color: MUTED });
  addHeader(sheet, table.columns);
  table.rows.forEach((row, i) => addDataRow(sheet.getRow(HEADER_ROW + 1 + i), row, table.columns));
  addNote(sheet, HEADER_ROW + table.rows.length + 2, text.source, width, { italic: true, color: MUTED });
  if (table.columns.length > 0) sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: width } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Sheet1';
}

function addNote(sheet: ExcelJS.Worksheet, rowNumber: number, value: string, width: number, font: Partial<ExcelJS.Font>): void {
  const cell = sheet.getCell(rowNumber, 1);
  cell.value = value;
  cell.font = font;
  if (width > 1) sheet.mergeCells(rowNumber, 1, rowNumber, width);
}

function addHeader(sheet: ExcelJS.Worksheet, columns: Column[]): void {
  const row = sheet.getRow(HEADER_ROW);
  columns.forEach((column, i) => {
    const cell = row.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = { vertical: 'top', wrapText: true, horizontal: column.type === 'text' ? 'left' : 'right' };
  });
}

function addDataRow(row: ExcelJS.Row, values: CellValue[], columns: Column[]): void {
  columns.forEach((column, i) => {
    const value = values[i] ?? null;
    const cell = row.getCell(i + 1);
    if (value === null) return;
    if (column.type === 'number' && typeof value === 'number') {
      cell.value = value;
      cell.numFmt = NUMBER_FORMAT;
    } else if (column.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      cell.value = new Date(`${value}T00:00:00Z`);
      cell.numFmt = DATE_FORMAT;
    } else {
      cell.value = String(value);
      cell.alignment = { vertical: 'top', wrapText: column.width >= 40 };
    }
  });
}
