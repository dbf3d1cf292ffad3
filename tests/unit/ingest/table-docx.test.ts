import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, test } from 'vitest';
import { readDocxTable } from '@/lib/ingest/table-docx';
import { readTextTable } from '@/lib/ingest/table-text';
import type { ReportTable } from '@/lib/ingest/types';
import { checkZipLimits } from '@/lib/ingest/zip-limits';
import { buildReportDocx } from '@/tests/fixtures/build-docx';
import { zipOf } from '@/tests/fixtures/zip';

const REPORT = 'data/reports/smolensk-international-2025-Q4.txt';
const HEADER = ['№', 'Наименование', 'Место', 'Сроки', 'Цель', 'Участники'];
const NOT_A_DOCX = /not a readable \.docx/i;

/** A small report: the header, then the given rows. */
function miniReport(...rows: string[][]): ReportTable {
  return { preamble: ['Отчет'], rows: [HEADER, ...rows].map((cells) => ({ cells })), trailer: [] };
}

async function roundTrip(...rows: string[][]): Promise<string[][]> {
  const table = await readDocxTable(await buildReportDocx(miniReport(...rows)));
  return table.rows.slice(1).map((row) => row.cells);
}

/** Word numbering is not text: an event's number cell reads as "" from the .docx. */
describe('readDocxTable on the real 2025-Q4 report rebuilt as .docx', () => {
  const text = readTextTable(readFileSync(REPORT, 'utf8'));

  test('gives the text reader’s title and rows, Word list numbers computed, with the summary as the last row', async () => {
    const docx = await readDocxTable(await buildReportDocx(text));
    expect(docx.preamble).toEqual(text.preamble);
    expect(docx.rows).toHaveLength(86);
    expect(docx.rows).toEqual(text.rows);
    expect(docx.trailer).toEqual([]);
  });

  test('reads a summary paragraph after the table as the trailer', async () => {
    const docx = await readDocxTable(await buildReportDocx(text, { summaryAsParagraph: true }));
    expect(docx.rows).toEqual(text.rows.slice(0, -1));
    expect(docx.trailer).toEqual(text.rows.at(-1)?.cells);
  });

  test('accepts a Uint8Array or an ArrayBuffer as well as a Buffer', async () => {
    const bytes = await buildReportDocx(miniReport(['Раздел']));
    const copy = new Uint8Array(bytes);
    expect(await readDocxTable(copy)).toEqual(await readDocxTable(bytes));
    expect(await readDocxTable(copy.buffer)).toEqual(await readDocxTable(bytes));
  });
});

describe('readDocxTable on hand-made documents', () => {
  test('a section row spanning all columns is one cell', async () => {
    expect(await roundTrip(['Сотрудничество в сфере культуры'], ['1.', 'a', 'b', 'c', 'd', 'e'])).toEqual([
      ['Сотрудничество в сфере культуры'],
      ['1.', 'a', 'b', 'c', 'd', 'e'],
    ]);
  });

  test('a cell’s paragraphs are joined with "\\n"; empty ones inside stay, those at the ends go', async () => {
    const [row] = await roundTrip(['1.', '\nУчастие в\n\n14-й выставке\n', 'г. Минск,\nБеларусь', 'c', 'd', 'e']);
    expect(row?.slice(1, 3)).toEqual(['Участие в\n\n14-й выставке', 'г. Минск,\nБеларусь']);
  });

  test('characters escaped in the HTML come back as written', async () => {
    const [row] = await roundTrip(['ООО «A & B» <group> "quoted" \'single\'']);
    expect(row).toEqual(['ООО «A & B» <group> "quoted" \'single\'']);
  });

  test('HTML-looking text in a cell stays literal text', async () => {
    const [row] = await roundTrip(['1.', '<script>alert(1)</script>', '<b>b</b>', '&amp;', 'd', 'e']);
    expect(row).toEqual(['1.', '<script>alert(1)</script>', '<b>b</b>', '&amp;', 'd', 'e']);
  });

  test('a document without a table is all preamble', async () => {
    const table = await readDocxTable(await buildReportDocx({ preamble: ['Отчет', 'пусто'], rows: [], trailer: [] }));
    expect(table).toEqual({ preamble: ['Отчет', 'пусто'], rows: [], trailer: [] });
  });

  test('a vertically merged cell gives its value to every row it covers', async () => {
    const cell = (text: string, rowSpan?: number) => new TableCell({ children: [new Paragraph(text)], rowSpan });
    const table = new Table({ rows: [new TableRow({ children: [cell('A', 2), cell('B'), cell('C')] }), new TableRow({ children: [cell('D'), cell('E')] })] });
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [table] }] }));
    expect((await readDocxTable(bytes)).rows.map((row) => row.cells)).toEqual([['A', 'B', 'C'], ['A', 'D', 'E']]);
  });
});

describe('unreadable input', () => {
  test('garbage bytes are not a readable .docx', async () => {
    await expect(readDocxTable(Buffer.from('this is not a zip file at all'))).rejects.toThrow(NOT_A_DOCX);
  });

  test('a truncated .docx (its first half) is not a readable .docx', async () => {
    const bytes = await buildReportDocx(miniReport(['Раздел']));
    await expect(readDocxTable(bytes.subarray(0, bytes.length >> 1))).rejects.toThrow(NOT_A_DOCX);
  });

  test('a zip without a Word document in it is not a readable .docx', async () => {
    await expect(readDocxTable(zipOf([{ name: 'hello.txt', data: 'hi' }]))).rejects.toThrow(NOT_A_DOCX);
  });

  test('a zip declaring a huge uncompressed size is rejected before unpacking', async () => {
    const bomb = zipOf([{ name: 'word/document.xml', data: 'x', declaredSize: 300 * 1024 * 1024 }]);
    await expect(readDocxTable(bomb)).rejects.toThrow(/not a readable \.docx.*over the limit of 200 MB/i);
  });

  test('a zip with too many entries is rejected', () => {
    const entries = Array.from({ length: 2001 }, (_, i) => ({ name: `f${i}`, data: '' }));
    expect(() => checkZipLimits(zipOf(entries))).toThrow(/2001 entries, over the limit of 2000/);
  });

  test('the real-shaped .docx is within the limits', async () => {
    const summary = checkZipLimits(await buildReportDocx(miniReport(['Раздел'])));
    expect(summary.entries).toBeGreaterThan(3);
    expect(summary.uncompressedBytes).toBeLessThan(1024 * 1024);
  });
});
