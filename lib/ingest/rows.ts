/**
 * Splits the report's table rows (every table of the document, in reading order) into their parts
 * and accounts for each one: header, column numbers, section, event, summary, or skipped with a
 * named reason. Nothing is dropped without a word.
 *
 * - The header is the first row whose cells read as report columns (columns.ts); a header repeated
 *   on a new page or at the top of a continued table is a header again, not a section.
 * - A row of column numbers ("1 2 3 4 5") under a header is skipped as such.
 * - A one-cell row before the last event is a section header; typed numbering ("I.", "2.",
 *   "Раздел 3.") is stripped for matching the sphere and the original kept. A section runs on
 *   across tables until the next section row.
 * - A row of two or more cells with a title is an event; `seq` is its position in the report
 *   (1…N in reading order) and the number printed in its cell is kept apart (`printedNo`).
 * - One-cell rows after the last event, and paragraphs under the table, are the summary.
 */
import { collapse } from './report';
import { headerColumns, isColumnNumbersRow, repeatsHeader, sourceOf, type ColumnMap } from './columns';
import type { ReportTable, Row, RowAccount, SkipReason, SourceText } from './types';

export interface EventRow {
  seq: number;
  printedNo: string | null;
  sphere: string;
  /** The section row as printed, numbering included. */
  section: string;
  source: SourceText;
  /** The row has another cell count than the header. */
  shapeMismatch: boolean;
}

export interface TableParts {
  columns: ColumnMap;
  events: EventRow[];
  sections: string[];
  summary: string | null;
  account: RowAccount;
}

const CONTINUATION_NOTE = /^(продолжение(\s+таблицы)?|окончание(\s+таблицы)?)\.?$/i;
const SECTION_NUMBERING = /^(?:раздел\s+)?(?:[IVXLC]+|\d+(?:\.\d+)*)[.)]?\s+(?=\S)/iu;

/** Returns null when no row of the table reads as a report header. */
export function splitTable(table: ReportTable): TableParts | null {
  const headerIndex = table.rows.findIndex((row) => headerColumns(row.cells) !== null);
  const columns = headerIndex < 0 ? null : headerColumns(table.rows[headerIndex]?.cells ?? []);
  if (!columns) return null;
  const parts: TableParts = { columns, events: [], sections: [], summary: null, account: emptyAccount(table.rows.length) };
  const skip = (reason: SkipReason, row: Row, index: number) =>
    parts.account.skipped.push({ reason, row: index + 1, text: collapse(row.cells.join(' ')).slice(0, 200) });
  table.rows.slice(0, headerIndex).forEach((row, index) => skip('before_header', row, index));
  parts.account.headers = 1;
  const lastEvent = findLastIndex(table.rows, (row, i) => i > headerIndex && isEventShaped(row, columns));
  let section = '';
  table.rows.forEach((row, index) => {
    if (index <= headerIndex) return;
    if (index > lastEvent) {
      if (isBlank(row)) skip('empty', row, index);
      else parts.account.summaryRows += 1;
      return;
    }
    if (repeatsHeader(row.cells, columns)) parts.account.headers += 1;
    else if (isColumnNumbersRow(row.cells)) parts.account.columnNumbers += 1;
    else if (isBlank(row)) skip('empty', row, index);
    else if (row.cells.length === 1 && CONTINUATION_NOTE.test(collapse(row.cells[0] ?? ''))) skip('continuation_note', row, index);
    else if (row.cells.length === 1) {
      section = collapse(row.cells[0] ?? '');
      parts.sections.push(section);
      parts.account.sections += 1;
    } else if (!hasTitle(row, columns)) skip('no_title', row, index);
    else parts.events.push(eventRow(row, columns, section, parts.events.length + 1));
  });
  parts.account.events = parts.events.length;
  parts.summary = summaryOf(table.rows.slice(lastEvent + 1), table.trailer);
  return parts;
}

function eventRow(row: Row, columns: ColumnMap, section: string, seq: number): EventRow {
  const source = sourceOf(row.cells, columns);
  return {
    seq,
    printedNo: printedNumber(source.number),
    sphere: sphereName(section),
    section,
    source,
    shapeMismatch: row.cells.length !== columns.roles.length,
  };
}

/** The section header without its typed numbering ("II. Сотрудничество…" → "Сотрудничество…"). */
function sphereName(section: string): string {
  return section.replace(SECTION_NUMBERING, '').trim();
}

function printedNumber(cell: string): string | null {
  const number = cell.trim().replace(/\.$/, '');
  return number === '' ? null : number;
}

function isEventShaped(row: Row, columns: ColumnMap): boolean {
  return row.cells.length >= 2 && !repeatsHeader(row.cells, columns) && !isColumnNumbersRow(row.cells) && hasTitle(row, columns);
}

function hasTitle(row: Row, columns: ColumnMap): boolean {
  return sourceOf(row.cells, columns).title.trim() !== '';
}

function isBlank(row: Row): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

function emptyAccount(rowsRead: number): RowAccount {
  return { rowsRead, headers: 0, columnNumbers: 0, sections: 0, events: 0, summaryRows: 0, skipped: [] };
}

function summaryOf(rowsAfter: Row[], trailer: string[]): string | null {
  const text = collapse([...rowsAfter.flatMap((row) => row.cells), ...trailer].join(' '));
  return text === '' ? null : text;
}

function findLastIndex<T>(items: T[], predicate: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i] as T, i)) return i;
  return -1;
}
