/**
 * Splits the table into its parts: the header, section headers with their event rows, and the
 * summary line. Event rows carry six cells (№, name, place, dates, goal, participants); a one-cell
 * row before events is a section header ("Сотрудничество в сфере …"); one-cell rows after the last
 * event, and paragraphs under the table, are the summary.
 * Row numbers: Word's automatic numbering is not text in a .docx, so an empty or non-numeric
 * "№" cell takes the next number in order.
 */
import { collapse } from './report';
import type { ReportTable, Row, SourceText } from './types';

const EVENT_COLUMNS = 6;

export interface EventRow {
  seq: number;
  sphere: string;
  source: SourceText;
}

export interface TableParts {
  events: EventRow[];
  sections: string[];
  summary: string | null;
  /** Rows whose cell count is neither 1 nor 6: reported, not silently dropped. */
  malformed: Row[];
}

export function splitTable(table: ReportTable): TableParts {
  const body = table.rows.slice(1);
  const lastEvent = findLastIndex(body, (row) => row.cells.length >= EVENT_COLUMNS);
  const parts: TableParts = { events: [], sections: [], summary: null, malformed: [] };
  let sphere = '';
  body.forEach((row, index) => {
    if (index > lastEvent) return;
    if (row.cells.length === 1) {
      sphere = collapse(row.cells[0] ?? '');
      parts.sections.push(sphere);
    } else if (row.cells.length >= EVENT_COLUMNS) {
      const previous = parts.events[parts.events.length - 1]?.seq ?? 0;
      parts.events.push({ seq: rowNumber(row, previous), sphere, source: toSourceText(row) });
    } else {
      parts.malformed.push(row);
    }
  });
  parts.summary = summaryOf(body.slice(lastEvent + 1), table.trailer);
  return parts;
}

/** The literal number when it goes forward; otherwise (Word numbering, a typo) the next one. */
function rowNumber(row: Row, previous: number): number {
  const literal = Number.parseInt(row.cells[0] ?? '', 10);
  return Number.isFinite(literal) && literal > previous ? literal : previous + 1;
}

function toSourceText(row: Row): SourceText {
  const [number = '', title = '', place = '', dates = '', goal = '', participants = ''] = row.cells;
  return { number: number.trim(), title, place, dates, goal, participants };
}

function summaryOf(rowsAfter: Row[], trailer: string[]): string | null {
  const text = collapse([...rowsAfter.flatMap((row) => row.cells), ...trailer].join(' '));
  return text === '' ? null : text;
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i] as T)) return i;
  return -1;
}
