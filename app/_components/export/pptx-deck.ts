/**
 * The PowerPoint deck of a page (pptxgenjs, loaded on first use): a title slide with the period and
 * the summary, one slide per figure picture (the PNG export itself) and a last slide with the
 * first events as a table.
 */
import type PptxGenJS from 'pptxgenjs';
import { exportText as t } from '@/lib/i18n/ru';
import type { ExportContext, SlideTable } from './export-context';

interface DeckSlide {
  /** PNG data URL of the slide picture. */
  image: string;
  title: string;
}

export interface DeckInput {
  context: ExportContext;
  summary: string;
  slides: DeckSlide[];
  table?: SlideTable;
}

// LAYOUT_16x9 is 10 × 5.625 inches, the 1600×900 pictures' proportions.
const WIDTH = 10;
const HEIGHT = 5.625;
const MARGIN = 0.5;
const TEXT = { fontFace: 'Arial', color: '1D2733' } as const;
const MUTED = { fontFace: 'Arial', color: '5B6878' } as const;

export async function buildDeck(input: DeckInput): Promise<Blob> {
  const { default: Pptx } = await import('pptxgenjs');
  const deck = new Pptx();
  deck.layout = 'LAYOUT_16x9';
  deck.title = t.deckTitle;
  addTitleSlide(deck, input);
  for (const slide of input.slides) deck.addSlide().addImage({ data: slide.image, x: 0, y: 0, w: WIDTH, h: HEIGHT, altText: slide.title });
  if (input.table) addTableSlide(deck, input.table, input.context);
  return (await deck.write({ outputType: 'blob' })) as Blob;
}

function addTitleSlide(deck: PptxGenJS, { context, summary }: DeckInput): void {
  const slide = deck.addSlide();
  const width = WIDTH - 2 * MARGIN;
  slide.addShape('rect', { x: 0, y: 0, w: 0.18, h: HEIGHT, fill: { color: '0B5CAD' }, line: { color: '0B5CAD' } });
  slide.addText(t.deckTitle, { ...TEXT, x: MARGIN, y: 0.45, w: width, h: 0.9, fontSize: 28, bold: true, valign: 'top' });
  slide.addText(capitalise(context.periodLabel), { ...TEXT, x: MARGIN, y: 1.35, w: width, h: 0.45, fontSize: 18 });
  slide.addText(context.filtersLabel, { ...MUTED, x: MARGIN, y: 1.8, w: width, h: 0.4, fontSize: 11 });
  slide.addText(summary, { ...TEXT, x: MARGIN, y: 2.35, w: width, h: 2.5, fontSize: 14, valign: 'top', paraSpaceAfter: 6 });
  slide.addText(context.source, { ...MUTED, x: MARGIN, y: HEIGHT - 0.55, w: width, h: 0.35, fontSize: 10 });
}

function addTableSlide(deck: PptxGenJS, table: SlideTable, context: ExportContext): void {
  const slide = deck.addSlide();
  const width = WIDTH - 2 * MARGIN;
  const total = table.widths.reduce((sum, n) => sum + n, 0);
  slide.addText(table.title, { ...TEXT, x: MARGIN, y: 0.25, w: width, h: 0.5, fontSize: 22, bold: true });
  slide.addText(context.subtitle, { ...MUTED, x: MARGIN, y: 0.72, w: width, h: 0.3, fontSize: 10 });
  const header = table.header.map((text) => ({ text, options: { bold: true, fill: { color: 'E6F0FA' } } }));
  const rows = table.rows.map((row) => row.map((text) => ({ text })));
  slide.addTable([header, ...rows], {
    ...TEXT,
    x: MARGIN,
    y: 1.08,
    w: width,
    colW: table.widths.map((n) => (n / total) * width),
    fontSize: 8,
    valign: 'top',
    margin: 0.03,
    border: { type: 'solid', pt: 0.5, color: 'DDE3EA' },
  });
  const notes = [table.more > 0 ? t.more(table.more) : '', context.source].filter(Boolean).join('\n');
  slide.addText(notes, { ...MUTED, x: MARGIN, y: HEIGHT - 0.5, w: width, h: 0.4, fontSize: 9, valign: 'bottom' });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
