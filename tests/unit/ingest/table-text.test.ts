import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isNumberCell, normaliseCell, readTextTable } from '@/lib/ingest/table-text';

const REPORT = 'data/reports/smolensk-international-2025-Q4.txt';
const HEADER = ['№ п/п', 'Наименование', 'Место', 'Сроки', 'Цель', 'Участники'];

/**
 * A report in text form: every cell starts on a TAB line, as Word writes a table saved as text,
 * and a blank line closes the header row.
 */
function report(...cells: string[]): string {
  const tabbed = (cell: string) => `\t${cell}`;
  return ['Отчет о мероприятиях', 'в IV квартале 2025 года', '', ...HEADER.map(tabbed), '', ...cells.map(tabbed)].join('\n');
}

function cellsOf(text: string): string[][] {
  return readTextTable(text).rows.map((row) => row.cells);
}

describe('readTextTable on hand-written input', () => {
  test('the lines before the first cell are the title, trimmed and without blank lines', () => {
    const table = readTextTable(' Отчет \n\n[bookmark: _GoBack]в IV квартале\n\t№\n\tНазвание');
    expect(table.preamble).toEqual(['Отчет', '[bookmark: _GoBack]в IV квартале']);
    expect(table.trailer).toEqual([]);
  });

  test('the header is the six cells before the first section row', () => {
    const rows = cellsOf(report('Сотрудничество в сфере культуры', '1. ', 'a', 'b', 'c', 'd', 'e'));
    expect(rows[0]).toEqual(HEADER);
    expect(rows[1]).toEqual(['Сотрудничество в сфере культуры']);
  });

  test('a cell continues over the following lines that do not start with a TAB', () => {
    const rows = cellsOf(report('Раздел', '1. ', 'Участие в \n14-й выставке', 'г. Ташкент, \nУзбекистан', 'c', 'd', 'e'));
    expect(rows[2]).toEqual(['1.', 'Участие в\n14-й выставке', 'г. Ташкент,\nУзбекистан', 'c', 'd', 'e']);
  });

  test('a blank line inside a cell is kept, blank lines at its ends are dropped', () => {
    const rows = cellsOf(report('Раздел', '1. ', '\nпервый абзац\n\nвторой абзац\n\n', 'b', 'c', 'd', 'e'));
    expect(rows[2]?.[1]).toBe('первый абзац\n\nвторой абзац');
  });

  test('blank lines between the cells of one row do not end the row', () => {
    const text = report('Раздел', '1. ', 'a', 'b', 'c', 'd', 'e', 'Итог').replace('\tc', '\n\n\tc');
    expect(cellsOf(text).slice(2)).toEqual([['1.', 'a', 'b', 'c', 'd', 'e'], ['Итог']]);
  });

  test('a number cell starts a row of six cells; other cells after a row are one-cell rows', () => {
    const rows = cellsOf(report('Раздел 1', '1. ', 'a', 'b', 'c', 'd', 'e', 'Раздел 2', '2. ', 'f', 'g', 'h', 'i', 'j', 'Итог'));
    expect(rows.map((row) => row.length)).toEqual([6, 1, 6, 1, 6, 1]);
    expect(rows[4]?.[0]).toBe('2.');
  });

  test('a number cell "12. " is read as "12."', () => {
    const rows = cellsOf(report('Раздел', '12. ', 'a', 'b', 'c', 'd', 'e'));
    expect(rows[2]?.[0]).toBe('12.');
  });

  test('CRLF line ends read like LF', () => {
    const text = report('Раздел', '1. ', 'a\nb', 'c', 'd', 'e', 'f');
    expect(readTextTable(text.replace(/\n/g, '\r\n'))).toEqual(readTextTable(text));
  });

  test('a leading byte-order mark is not part of the title', () => {
    const text = report('Раздел', '1. ', 'a', 'b', 'c', 'd', 'e');
    expect(readTextTable(`\ufeff${text}`)).toEqual(readTextTable(text));
    expect(readTextTable(`\ufeff${text}`).preamble[0]).toBe('Отчет о мероприятиях');
  });

  test('text without any TAB line is all title and no rows', () => {
    expect(readTextTable('Отчет\n\nпусто\n')).toEqual({ preamble: ['Отчет', 'пусто'], rows: [], trailer: [] });
  });

  // Known bug, reported to the lead: with no section row between the header and the first event,
  // the last header cell is taken for a section row (header of 5 cells, then ["Участники"]).
  test('the header keeps six cells when the first event follows it directly', () => {
    const rows = cellsOf(report('1. ', 'a', 'b', 'c', 'd', 'e'));
    expect(rows).toEqual([HEADER, ['1.', 'a', 'b', 'c', 'd', 'e']]);
  });
});

describe('cell helpers', () => {
  test.each([
    ['1.', true],
    ['12. ', true],
    ['7', true],
    ['№ п/п', false],
    ['2025 года', false],
    ['', false],
  ])('isNumberCell(%j) is %s', (cell, expected) => {
    expect(isNumberCell(cell)).toBe(expected);
  });

  test('normaliseCell trims line ends (NBSP included) and blank lines at both ends', () => {
    expect(normaliseCell(['', 'a \u00a0', '', 'b\t', '  ', ''])).toBe('a\n\nb');
  });
});

describe('readTextTable on the real 2025-Q4 report', () => {
  const table = readTextTable(readFileSync(REPORT, 'utf8'));
  const [header, ...body] = table.rows;

  test('the title is the three lines before the table', () => {
    expect(table.preamble).toHaveLength(3);
    expect(table.preamble[2]).toContain('в IV квартале 2025 года');
  });

  test('1 header row, 14 section rows, 70 event rows and 1 summary row', () => {
    expect(table.rows).toHaveLength(86);
    expect(header?.cells).toHaveLength(6);
    expect(header?.cells[0]).toBe('№ п/п');
    expect(body.filter((row) => row.cells.length === 1)).toHaveLength(15);
    expect(body.filter((row) => row.cells.length === 6)).toHaveLength(70);
    expect(body.every((row) => row.cells.length === 1 || row.cells.length === 6)).toBe(true);
  });

  test('events are numbered 1. to 70. in order', () => {
    const numbers = body.filter((row) => row.cells.length === 6).map((row) => row.cells[0]);
    expect(numbers).toEqual(Array.from({ length: 70 }, (_, i) => `${i + 1}.`));
  });

  test('the first row after the header is a section, the last is the summary', () => {
    expect(body[0]?.cells).toEqual(['Сотрудничество в сфере экономического развития']);
    expect(body.at(-1)?.cells[0]).toMatch(/^В IV квартале 2025 года состоялось 4 встречи/);
  });
});
