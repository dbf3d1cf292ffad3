/**
 * Reads the text form of a report (a Word table saved as text) into rows.
 *
 * Format rules, as found in the real reports:
 * - a cell starts on a line that begins with a TAB and continues over the following lines that
 *   do not, blank lines included (cells hold several paragraphs, some separated by blank lines);
 * - the first row is the header; its cell count is the table's width (see findHeaderEnd);
 * - a row starts with a number cell ("1. ", Word's list numbering rendered as text) or an empty
 *   cell (a missing number) and spans exactly `width` cells, so blank lines between its cells do
 *   not end it; so do the header repeated at the top of a continued table and a row of column
 *   numbers ("1", "2", … "width");
 * - any other cell after a complete row is a one-cell row: a section header, or the summary
 *   line under the table;
 * - lines before the first cell are the title.
 */
import type { ReportTable, Row } from './types';

const NUMBER_CELL = /^\d+\.?$/;

export function readTextTable(text: string): ReportTable {
  const lines = stripBom(text).replace(/\r\n?/g, '\n').split('\n');
  const firstCell = lines.findIndex((line) => line.startsWith('\t'));
  if (firstCell < 0) return { preamble: nonBlank(lines), rows: [], trailer: [] };
  const cells = splitCells(lines.slice(firstCell));
  return { preamble: nonBlank(lines.slice(0, firstCell)), rows: groupRows(cells), trailer: [] };
}

/** Normalises a cell: trailing spaces per line dropped, leading/trailing blank lines dropped. */
export function normaliseCell(lines: string[]): string {
  const trimmed = lines.map((line) => line.replace(/[\s\u00a0]+$/u, ''));
  while (trimmed.length > 0 && trimmed[0] === '') trimmed.shift();
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed.join('\n');
}

export function isNumberCell(cell: string): boolean {
  return NUMBER_CELL.test(cell.trim());
}

interface TextCell {
  text: string;
  /** The cell starts after a blank line: the row before it has ended. */
  afterBlank: boolean;
}

function splitCells(lines: string[]): TextCell[] {
  const cells: { lines: string[]; afterBlank: boolean }[] = [];
  let blank = false;
  for (const line of lines) {
    if (line.startsWith('\t')) cells.push({ lines: [line.slice(1)], afterBlank: blank });
    else cells[cells.length - 1]?.lines.push(line);
    blank = line.trim() === '';
  }
  return cells.map((cell) => ({ text: normaliseCell(cell.lines), afterBlank: cell.afterBlank }));
}

function groupRows(cells: TextCell[]): Row[] {
  const headerEnd = findHeaderEnd(cells);
  const rest = cells.slice(headerEnd).map((cell) => cell.text);
  const width = headerEnd;
  const header = cells.slice(0, headerEnd).map((cell) => cell.text);
  const rows: Row[] = [{ cells: header }];
  let i = 0;
  while (i < rest.length) {
    const span = startsWideRow(rest.slice(i, i + width), header) ? width : 1;
    rows.push({ cells: rest.slice(i, i + span) });
    i += span;
  }
  return rows;
}

/** A number cell or an empty cell opens a row of `width` cells; so do a repeated header and column numbers. */
function startsWideRow(next: string[], header: string[]): boolean {
  const first = next[0] ?? '';
  if (isNumberCell(first) || first.trim() === '') return true;
  return next.length === header.length && next.every((cell, i) => collapseSpaces(cell) === collapseSpaces(header[i] ?? ''));
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The header is the table's first row: its cells follow one another up to the first blank line
 * (rows are separated by blank lines) or the first number cell. Without blank lines, its width is
 * the usual distance between two number cells (consecutive events).
 */
function findHeaderEnd(cells: TextCell[]): number {
  const numbers = cells.flatMap((cell, i) => (i > 0 && isNumberCell(cell.text) ? [i] : []));
  const first = numbers[0] ?? cells.length;
  const blank = cells.findIndex((cell, i) => i > 0 && cell.afterBlank);
  if (blank > 0 && blank <= first) return blank;
  const width = mostCommon(numbers.slice(1).map((n, i) => n - (numbers[i] ?? 0)));
  return width === null ? first : Math.min(first, width);
}

function mostCommon(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: number | null = null;
  for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function nonBlank(lines: string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}
