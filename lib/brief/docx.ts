/**
 * The "справка" as a Word document, built with the `docx` package from the same BriefData the print
 * page renders. Word styles (Title, Heading 1) and real tables, so staff can edit it as usual;
 * charts are the page's own charts captured as PNG at print resolution. Pure: data in, Document out.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import { formatChange } from '@/lib/compare/change-format';
import { formatNumber } from '@/lib/format';
import { briefText as t, compareText } from '@/lib/i18n/ru';
import type { BriefData, BriefImage } from './types';

const FONT = 'Times New Roman';
/** Half-points: 14 pt body, 12 pt tables, as official letters in Russian administrations use. */
const BODY_SIZE = 28;
const TABLE_SIZE = 24;
/** Text width of A4 with 30/15 mm side margins, in 96-dpi pixels (165 mm). */
const IMAGE_WIDTH_PX = Math.round((165 / 25.4) * 96);

function text(value: string, options: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text: value, bold: options.bold, size: options.size ?? BODY_SIZE, font: FONT });
}

function cell(value: string, options: { bold?: boolean; right?: boolean } = {}): TableCell {
  return new TableCell({
    children: [new Paragraph({ alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [text(value, { bold: options.bold, size: TABLE_SIZE })] })],
  });
}

/** Text width of the page in twentieths of a point, shared out by relative column widths. */
const TEXT_WIDTH_TWIP = convertMillimetersToTwip(165);

function table(header: string[], rows: string[][], numeric: boolean[], widths: number[]): Table {
  const sum = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: TEXT_WIDTH_TWIP, type: WidthType.DXA },
    columnWidths: widths.map((w) => Math.round((TEXT_WIDTH_TWIP * w) / sum)),
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((head, i) => cell(head, { bold: true, right: numeric[i] })) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value, i) => cell(value, { right: numeric[i] })) })),
    ],
  });
}

function figuresTable(brief: BriefData): Table {
  const withChange = brief.changeHead !== undefined;
  const header = [compareText.figure, t.value, ...(withChange ? [brief.changeHead ?? ''] : [])];
  const rows = brief.figures.map((f) => [f.label, formatNumber(f.value), ...(withChange ? [formatChange(f.change ?? 0)] : [])]);
  return table(header, rows, [false, true, true], withChange ? [60, 18, 22] : [75, 25]);
}

function eventsTable(brief: BriefData): Table {
  const c = t.columns;
  const rows = brief.events.map((e) => [e.dates, e.title, e.sphere, e.countries, e.sme]);
  return table([c.dates, c.title, c.sphere, c.countries, c.sme], rows, [false, false, false, false, true], [17, 45, 14, 16, 8]);
}

const heading = (value: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, spacing: { before: 240, after: 120 }, children: [text(value, { bold: true })] });

/**
 * Title and picture in one paragraph kept whole (keepLines): LibreOffice does not always honour
 * keep-with-next before a tall image, and a title at the foot of a page with its chart overleaf
 * is what the справка must never do.
 */
function picture(image: BriefImage): Paragraph {
  const height = Math.round((IMAGE_WIDTH_PX * image.height) / image.width);
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    keepLines: true,
    spacing: { before: 240, after: 120 },
    children: [
      text(image.title, { bold: true }),
      new TextRun({ break: 1 }),
      new ImageRun({ type: 'png', data: image.data, transformation: { width: IMAGE_WIDTH_PX, height }, altText: { name: image.title, description: image.title, title: image.title } }),
    ],
  });
}

const line = (label: string, value: string) => new Paragraph({ children: [text(`${label}: `, { bold: true }), text(value)] });
const note = (value: string) => new Paragraph({ spacing: { before: 80 }, children: [text(value, { size: TABLE_SIZE })] });

export function buildBriefDocument(brief: BriefData, images: BriefImage[]): Document {
  return new Document({
    title: brief.title,
    creator: brief.region,
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: { top: convertMillimetersToTwip(20), bottom: convertMillimetersToTwip(20), left: convertMillimetersToTwip(30), right: convertMillimetersToTwip(15) },
          },
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [text(brief.title, { bold: true, size: 32 })] }),
          line(t.period, brief.periodLabel),
          new Paragraph({ children: [text(brief.filtersLabel)] }),
          line(t.prepared, brief.preparedOn),
          line(t.coverage, brief.coverage),
          heading(t.figuresTitle),
          figuresTable(brief),
          ...(brief.changeNote ? [note(brief.changeNote)] : []),
          heading(t.summaryTitle),
          new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [text(brief.summary)] }),
          ...images.map(picture),
          heading(t.eventsTitle),
          eventsTable(brief),
          note(brief.eventsNote),
        ],
      },
    ],
  });
}
