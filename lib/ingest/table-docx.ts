/**
 * Reads a report delivered as .docx into the same shape as readTextTable (table-text.ts).
 *
 * mammoth turns the document into simple, well-formed HTML (text escaped, attributes quoted, no
 * comments or scripts), so a tag scanner is enough. Format rules, as found in the real reports:
 * - paragraphs before the first table are the title (preamble), paragraphs after it the trailer;
 * - each <tr> of the first table is a row; a cell's paragraphs become "\n"-separated lines, and
 *   empty paragraphs are kept because cells hold blank lines between paragraphs;
 * - a row of one cell (a section header or the summary, spanning all columns) is a one-cell row;
 * - the "№" column uses Word's automatic list numbering, which is not text: those cells are "";
 * - a vertically merged cell (rowspan) reads as "" in the rows it continues into, and a cell
 *   spanning some but not all columns is padded with "" so the columns stay aligned;
 * - a nested table is not expected; its text is flattened into the cell holding it.
 */
import mammoth from 'mammoth';
import { normaliseCell } from './table-text';
import type { ReportTable, Row } from './types';
import { checkZipLimits } from './zip-limits';

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;
const BLOCK_TAGS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr', 'table']);
/** Word tables have at most 63 columns; a larger colspan is corrupt input. */
const MAX_COLSPAN = 63;
const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

interface RawCell {
  lines: LineSink;
  colspan: number;
  rowspan: number;
}

export async function readDocxTable(bytes: Buffer | ArrayBuffer | Uint8Array): Promise<ReportTable> {
  const buffer = toBuffer(bytes);
  const html = await convertToHtml(buffer);
  return readReportHtml(html);
}

async function convertToHtml(buffer: Buffer): Promise<string> {
  try {
    checkZipLimits(buffer);
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        ignoreEmptyParagraphs: false,
        externalFileAccess: false,
        // Images carry no report data; skip base64-encoding them into the HTML.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    return result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`not a readable .docx document: ${reason}`, { cause: error });
  }
}

interface WalkState {
  preamble: LineSink;
  trailer: LineSink;
  rows: RawCell[][];
  /** Nesting depth inside the first table; 0 outside it. */
  depth: number;
  seenTable: boolean;
  cell: RawCell | null;
}

/** Walks mammoth's HTML once, routing text to the preamble, the first table's cells or the trailer. */
export function readReportHtml(html: string): ReportTable {
  const state: WalkState = { preamble: new LineSink(), trailer: new LineSink(), rows: [], depth: 0, seenTable: false, cell: null };
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    sinkOf(state)?.text(decodeEntities(html.slice(last, match.index)));
    last = match.index + match[0].length;
    onTag(state, (match[2] ?? '').toLowerCase(), match[1] === '/', match[3] ?? '');
  }
  sinkOf(state)?.text(decodeEntities(html.slice(last)));
  return { preamble: state.preamble.nonBlank(), rows: layoutRows(state.rows), trailer: state.trailer.nonBlank() };
}

function sinkOf(state: WalkState): LineSink | undefined {
  if (state.depth > 0) return state.cell?.lines;
  return state.seenTable ? state.trailer : state.preamble;
}

/** Tags of the first table shape rows and cells; every other tag only breaks or ends a line. */
function onTag(state: WalkState, name: string, closing: boolean, attrs: string): void {
  const cellTag = name === 'td' || name === 'th';
  if (name === 'table' && !closing && state.depth === 0 && !state.seenTable) {
    state.depth = 1;
    state.seenTable = true;
  } else if (state.depth === 1 && name === 'tr' && !closing) {
    state.rows.push([]);
  } else if (state.depth === 1 && cellTag && !closing) {
    state.cell = { lines: new LineSink(), colspan: span(attrs, 'colspan', MAX_COLSPAN), rowspan: span(attrs, 'rowspan') };
    state.rows[state.rows.length - 1]?.push(state.cell);
  } else if (state.depth === 1 && cellTag) {
    state.cell = null;
  } else if (state.depth === 1 && name === 'table' && closing) {
    state.depth = 0;
  } else {
    if (state.depth > 0 && name === 'table') state.depth += closing ? -1 : 1;
    markup(sinkOf(state), name, closing);
  }
}

function markup(sink: LineSink | undefined, name: string, closing: boolean): void {
  if (name === 'br') sink?.lineBreak();
  else if (BLOCK_TAGS.has(name)) sink?.block(closing);
}

/** Lays raw cells onto the column grid, filling columns covered by a rowspan from above with "". */
function layoutRows(raw: RawCell[][]): Row[] {
  const covering: number[] = []; // per column: how many more rows a cell above still covers
  return raw.map((cells) => layoutRow(cells, covering));
}

function layoutRow(cells: RawCell[], covering: number[]): Row {
  const [only] = cells;
  if (cells.length === 1 && only && !covering.some((n) => n > 0)) return { cells: [only.lines.cell()] };
  const out: string[] = [];
  const fillCovered = (untilEnd: boolean) => {
    while ((covering[out.length] ?? 0) > 0 || (untilEnd && covering.slice(out.length).some((n) => n > 0))) {
      covering[out.length] = Math.max(0, (covering[out.length] ?? 0) - 1);
      out.push('');
    }
  };
  for (const cell of cells) {
    fillCovered(false);
    for (let k = 0; k < cell.colspan; k += 1) {
      covering[out.length] = cell.rowspan - 1;
      out.push(k === 0 ? cell.lines.cell() : '');
    }
  }
  fillCovered(true);
  return { cells: out };
}

/** Collects paragraphs as lines: a block tag starts a new line, so empty paragraphs stay as "". */
class LineSink {
  private readonly lines: string[] = [];
  private open = false;

  /** Nested blocks opening together (<td><p>, <li><p>) share one line. */
  block(closing: boolean): void {
    if (!closing && (!this.open || this.lines.at(-1) !== '')) this.lines.push('');
    this.open = !closing;
  }

  lineBreak(): void {
    this.lines.push('');
    this.open = true;
  }

  text(value: string): void {
    if (value === '') return;
    if (!this.open) this.block(false);
    this.lines[this.lines.length - 1] += value;
  }

  cell(): string {
    return normaliseCell(this.lines);
  }

  /** Title and trailer lines, as readTextTable gives them: trimmed, blank ones dropped. */
  nonBlank(): string[] {
    return this.lines.map((line) => line.trim()).filter((line) => line !== '');
  }
}

function span(attrs: string, name: string, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(new RegExp(`\\b${name}="(\\d+)"`).exec(attrs)?.[1] ?? 1);
  return Math.min(Math.max(1, value), max);
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, body: string) => {
    const named = NAMED_ENTITIES[body.toLowerCase()];
    if (named !== undefined) return named;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

function toBuffer(bytes: Buffer | ArrayBuffer | Uint8Array): Buffer {
  if (Buffer.isBuffer(bytes)) return bytes;
  if (bytes instanceof Uint8Array) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Buffer.from(bytes);
}
