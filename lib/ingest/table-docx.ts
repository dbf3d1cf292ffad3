/**
 * Reads a report delivered as .docx into the same shape as readTextTable (table-text.ts), from the
 * document's own structure (word/document.xml, numbering.xml, styles.xml):
 * - paragraphs before the first table are the title (preamble), paragraphs after the last table
 *   the trailer; every table in between contributes its rows, in document order, so a table that
 *   continues on after a paragraph break loses nothing;
 * - a cell's paragraphs become "\n"-separated lines (empty paragraphs kept, as cells hold blank
 *   lines); a line break inside a paragraph starts a new line; deleted revisions and field codes
 *   are not text; a nested table's text is flattened into the cell holding it;
 * - Word list numbering is computed as Word displays it (docx-numbering.ts) and written before the
 *   paragraph's text, as Word's own text export does ("1. …");
 * - cells are laid on the table grid: a cell spanning columns (gridSpan) fills the first and leaves
 *   the others "", skipped grid columns (gridBefore/gridAfter) are ""; a vertically merged cell
 *   (vMerge) gives its value to every row it covers;
 * - a row holding one cell that spans (almost) the whole grid is a one-cell row: a section header
 *   or a closing line.
 */
import { attr, childElements, firstChild, parseXml, type XmlElement } from './docx-xml';
import { type ListNumbering, type NumberingRef, readNumbering } from './docx-numbering';
import { ReportError } from './errors';
import { normaliseCell } from './table-text';
import type { ReportTable, Row } from './types';
import { readZipTexts } from './zip';

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const STYLES = 'word/styles.xml';
/** Word tables have at most 63 columns; a larger span is corrupt input. */
const MAX_SPAN = 63;

/** The document's table rows; a file that is not a readable .docx is a ReportError('unreadable'). */
export async function readDocxTable(bytes: Buffer | ArrayBuffer | Uint8Array): Promise<ReportTable> {
  const parts = unreadableAsReportError(() => readParts(toUint8(bytes)));
  return new DocumentReader(parts.numbering, parts.styles).read(parts.body);
}

interface DocxParts {
  body: XmlElement;
  numbering: ListNumbering;
  styles: Map<string, NumberingRef>;
}

/** Unzips and parses the XML parts; every failure here is the file's, not the reader's. */
function readParts(bytes: Uint8Array): DocxParts {
  const texts = readZipTexts(bytes, [DOCUMENT, NUMBERING, STYLES]);
  const documentXml = texts.get(DOCUMENT);
  if (documentXml === undefined) throw new Error(`the archive has no ${DOCUMENT}`);
  const body = firstChild(parseXml(documentXml, DOCUMENT), 'body');
  if (!body) throw new Error(`${DOCUMENT} has no body`);
  return { body, numbering: readNumbering(optionalPart(texts, NUMBERING)), styles: readStyleNumbering(optionalPart(texts, STYLES)) };
}

function unreadableAsReportError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new ReportError('unreadable', `not a readable .docx document: ${(error as Error).message}`);
  }
}

function optionalPart(texts: Map<string, string>, name: string): XmlElement | null {
  const xml = texts.get(name);
  return xml === undefined ? null : parseXml(xml, name);
}

/** Paragraph styles that carry list numbering (styleId → numbering), following basedOn. */
function readStyleNumbering(root: XmlElement | null): Map<string, NumberingRef> {
  const direct = new Map<string, NumberingRef | null>();
  const basedOn = new Map<string, string>();
  for (const style of root ? childElements(root).filter((element) => element.localName === 'style') : []) {
    const id = attr(style, 'styleId') ?? '';
    direct.set(id, numberingOf(firstChild(style, 'pPr')));
    const parent = attr(firstChild(style, 'basedOn'), 'val');
    if (parent) basedOn.set(id, parent);
  }
  const resolved = new Map<string, NumberingRef>();
  for (const id of direct.keys()) {
    let current: string | undefined = id;
    for (let depth = 0; current && depth < 10; depth += 1, current = basedOn.get(current)) {
      const ref = direct.get(current);
      if (ref) {
        resolved.set(id, ref);
        break;
      }
    }
  }
  return resolved;
}

function numberingOf(pPr: XmlElement | null): NumberingRef | null {
  const numPr = firstChild(pPr, 'numPr');
  const numId = attr(firstChild(numPr, 'numId'), 'val');
  if (!numPr || numId === null) return null;
  return { numId, level: Number(attr(firstChild(numPr, 'ilvl'), 'val') ?? 0) };
}

interface GridCell {
  text: string;
  span: number;
  continuesMerge: boolean;
}

class DocumentReader {
  private readonly preamble: string[] = [];
  private readonly trailer: string[] = [];
  private readonly rows: Row[] = [];
  private seenTable = false;

  constructor(
    private readonly numbering: ListNumbering,
    private readonly styles: Map<string, NumberingRef>,
  ) {}

  read(body: XmlElement): ReportTable {
    this.walkBlocks(body);
    return { preamble: nonBlank(this.preamble), rows: this.rows, trailer: nonBlank(this.trailer) };
  }

  /** Body-level blocks in order; content controls and custom XML wrap blocks without changing them. */
  private walkBlocks(container: XmlElement): void {
    for (const element of childElements(container)) {
      if (element.localName === 'p') this.onParagraph(element);
      else if (element.localName === 'tbl') this.onTable(element);
      else if (element.localName === 'sdt') this.walkBlocks(firstChild(element, 'sdtContent') ?? element);
      else if (element.localName === 'customXml') this.walkBlocks(element);
    }
  }

  private onParagraph(paragraph: XmlElement): void {
    const lines = this.paragraphLines(paragraph);
    if (this.seenTable) this.trailer.push(...lines);
    else this.preamble.push(...lines);
  }

  private onTable(table: XmlElement): void {
    this.seenTable = true;
    this.trailer.length = 0; // paragraphs between two tables are not the closing text
    const gridWidth = childElements(firstChild(table, 'tblGrid') ?? table).filter((element) => element.localName === 'gridCol').length;
    let above: string[] = [];
    for (const tr of childElements(table).filter((element) => element.localName === 'tr')) {
      const cells = this.rowCells(tr);
      const width = Math.max(gridWidth, cells.reduce((sum, cell) => sum + cell.span, 0));
      const laid = layOnGrid(cells, above);
      above = laid;
      this.rows.push(spansTable(cells, width) ? { cells: [laid.filter((text) => text !== '').join('\n')] } : { cells: laid });
    }
  }

  private rowCells(tr: XmlElement): GridCell[] {
    const trPr = firstChild(tr, 'trPr');
    const before = spanValue(firstChild(trPr, 'gridBefore'), 0);
    const after = spanValue(firstChild(trPr, 'gridAfter'), 0);
    const cells: GridCell[] = before > 0 ? [{ text: '', span: before, continuesMerge: false }] : [];
    for (const element of cellElements(tr)) {
      const tcPr = firstChild(element, 'tcPr');
      const vMerge = firstChild(tcPr, 'vMerge');
      cells.push({
        text: normaliseCell(this.cellLines(element)),
        span: spanValue(firstChild(tcPr, 'gridSpan'), 1),
        continuesMerge: vMerge !== null && attr(vMerge, 'val') !== 'restart',
      });
    }
    if (after > 0) cells.push({ text: '', span: after, continuesMerge: false });
    return cells;
  }

  /** A cell's paragraphs (nested tables flattened) as lines. */
  private cellLines(cell: XmlElement): string[] {
    const lines: string[] = [];
    const walk = (container: XmlElement) => {
      for (const element of childElements(container)) {
        if (element.localName === 'p') lines.push(...this.paragraphLines(element));
        else if (element.localName === 'tbl' || element.localName === 'tr' || element.localName === 'tc') walk(element);
        else if (element.localName === 'sdt') walk(firstChild(element, 'sdtContent') ?? element);
        else if (element.localName === 'customXml') walk(element);
      }
    };
    walk(cell);
    return lines;
  }

  private paragraphLines(paragraph: XmlElement): string[] {
    const pPr = firstChild(paragraph, 'pPr');
    const ref = numberingOf(pPr) ?? this.styles.get(attr(firstChild(pPr, 'pStyle'), 'val') ?? '') ?? null;
    const label = ref && ref.numId !== '0' ? this.numbering.next(ref) : null;
    const text = runText(paragraph);
    return (label ? `${label} ${text}` : text).split('\n');
  }
}

function cellElements(tr: XmlElement): XmlElement[] {
  return childElements(tr).flatMap((element) => {
    if (element.localName === 'tc') return [element];
    if (element.localName === 'sdt' || element.localName === 'customXml') {
      return cellElements(firstChild(element, 'sdtContent') ?? element);
    }
    return [];
  });
}

/** A paragraph's visible text: runs, tabs as spaces, breaks as new lines; no deleted text or field codes. */
function runText(node: XmlElement): string {
  let out = '';
  for (const element of childElements(node)) {
    switch (element.localName) {
      case 't':
        out += element.textContent ?? '';
        break;
      case 'tab':
      case 'ptab':
        out += ' ';
        break;
      case 'br':
      case 'cr':
        out += '\n';
        break;
      case 'noBreakHyphen':
        out += '-';
        break;
      case 'del':
      case 'delText':
      case 'instrText':
      case 'pPr':
      case 'rPr':
        break;
      default:
        out += runText(element);
    }
  }
  return out;
}

/** Each cell's text in its first grid column, "" in the others; a merge continuation takes the value above. */
function layOnGrid(cells: GridCell[], above: string[]): string[] {
  const out: string[] = [];
  for (const cell of cells) {
    const column = out.length;
    out.push(cell.continuesMerge ? (above[column] ?? '') : cell.text);
    for (let k = 1; k < cell.span; k += 1) out.push('');
  }
  return out;
}

/** One real cell over all (or all but one) grid columns: a section row or a closing line. */
function spansTable(cells: GridCell[], width: number): boolean {
  const filled = cells.filter((cell) => cell.text !== '' || cell.span > 1);
  if (cells.length === 1) return true;
  return width > 2 && filled.length === 1 && (filled[0]?.span ?? 0) >= width - 1;
}

function spanValue(element: XmlElement | null, fallback: number): number {
  const value = Number(attr(element, 'val') ?? fallback);
  return Number.isFinite(value) ? Math.min(Math.max(fallback === 0 ? 0 : 1, value), MAX_SPAN) : fallback;
}

function nonBlank(lines: string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

function toUint8(bytes: Buffer | ArrayBuffer | Uint8Array): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}
