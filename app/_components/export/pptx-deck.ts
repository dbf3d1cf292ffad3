/**
 * The PowerPoint deck of a page (pptxgenjs, loaded on first use): a title slide with the period
 * (the summary in its speaker notes), the key figures as tiles or a two-period table, one slide
 * per figure picture (the PNG export itself) and the main events as a table over slides of five
 * rows, with a line saying what they are and a link to all of them. No text is smaller than 14 pt,
 * so every slide reads from the back of a room.
 */
import type PptxGenJS from 'pptxgenjs';
import type { DeckFigures } from '@/lib/export/deck-figures';
import { exportText as t } from '@/lib/i18n/ru';
import type { ExportContext, SlideTable } from '@/lib/export/context';

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
  figures?: DeckFigures;
  /** Slide shape: 16:9 (default) or 4:3, for older projectors. */
  ratio?: DeckRatio;
}

export type DeckRatio = '16:9' | '4:3';

// LAYOUT_16x9 is 10 × 5.625 inches, the 1600×900 pictures' proportions; LAYOUT_4x3 is 10 × 7.5,
// where the pictures sit centred with white above and below.
const WIDTH = 10;
const PICTURE_HEIGHT = 5.625;
const LAYOUTS: Record<DeckRatio, { name: string; height: number }> = { '16:9': { name: 'LAYOUT_16x9', height: 5.625 }, '4:3': { name: 'LAYOUT_4x3', height: 7.5 } };
const MARGIN = 0.5;
const TEXT = { fontFace: 'Arial', color: '1D2733' } as const;
const MUTED = { fontFace: 'Arial', color: '5B6878' } as const;
/** The smallest text on any slide. */
const MIN_PT = 14;
const TILE_COLUMNS = 3;
/** Row tiles: the value and its change ("▼ 1 000 (−100 %)" at 14 pt) on the left. */
const VALUE_WIDTH = 1.75;

export async function buildDeck(input: DeckInput): Promise<Blob> {
  const { default: Pptx } = await import('pptxgenjs');
  const deck = new Pptx();
  const layout = LAYOUTS[input.ratio ?? '16:9'];
  deck.layout = layout.name;
  deck.title = t.deckTitle;
  addTitleSlide(deck, input, layout.height);
  if (input.figures) addFiguresSlide(deck, input.figures, input, layout.height);
  for (const slide of input.slides) {
    const page = deck.addSlide();
    page.addImage({ data: slide.image, x: 0, y: (layout.height - PICTURE_HEIGHT) / 2, w: WIDTH, h: PICTURE_HEIGHT, altText: slide.title });
    page.addNotes(slide.title);
  }
  if (input.table) addTableSlides(deck, input.table, input.context, layout.height);
  return (await deck.write({ outputType: 'blob' })) as Blob;
}

/** Title, period, filters and source only; the summary is for the speaker (notes), not a wall of text. */
function addTitleSlide(deck: PptxGenJS, { context, summary }: DeckInput, height: number): void {
  const slide = deck.addSlide();
  const width = WIDTH - 2 * MARGIN;
  slide.addShape('rect', { x: 0, y: 0, w: 0.18, h: height, fill: { color: '0B5CAD' }, line: { color: '0B5CAD' } });
  slide.addText(t.deckTitle, { ...TEXT, x: MARGIN, y: 1.1, w: width, h: 1.3, fontSize: 36, bold: true, valign: 'top' });
  slide.addText(capitalise(context.periodLabel), { ...TEXT, x: MARGIN, y: 2.6, w: width, h: 0.6, fontSize: 24 });
  slide.addText(context.filtersLabel, { ...MUTED, x: MARGIN, y: 3.25, w: width, h: 0.5, fontSize: 16 });
  slide.addText(context.source, { ...MUTED, x: MARGIN, y: height - 0.7, w: width, h: 0.5, fontSize: MIN_PT });
  slide.addNotes(summary);
}

function addFiguresSlide(deck: PptxGenJS, figures: DeckFigures, { context, summary }: DeckInput, height: number): void {
  const slide = deck.addSlide();
  const width = WIDTH - 2 * MARGIN;
  slide.addText(figures.title, { ...TEXT, x: MARGIN, y: 0.25, w: width, h: 0.55, fontSize: 28, bold: true });
  const subtitle = [capitalise(context.periodLabel), figures.changesNote].filter(Boolean).join(' · ');
  slide.addText(subtitle, { ...MUTED, x: MARGIN, y: 0.8, w: width, h: 0.4, fontSize: MIN_PT });
  const footnote = figures.footnote ? 0.4 : 0;
  if (figures.tiles) addTiles(slide, figures.tiles, height, 0.2 + footnote);
  if (figures.footnote) slide.addText(figures.footnote, { ...MUTED, x: MARGIN, y: height - 0.45, w: width, h: 0.35, fontSize: MIN_PT, margin: 0 });
  if (figures.table) {
    const header = figures.table.header.map((text) => ({ text, options: { bold: true, fill: { color: 'E6F0FA' } } }));
    const rows = figures.table.rows.map((row) => row.map((text, i) => ({ text, options: { align: i === 0 ? ('left' as const) : ('right' as const) } })));
    slide.addTable([header, ...rows], { ...TEXT, x: MARGIN, y: 1.3, w: width, colW: [4.2, 1.6, 1.6, 1.6], fontSize: MIN_PT, margin: 0.04, border: { type: 'solid', pt: 0.5, color: 'DDE3EA' } });
  }
  slide.addNotes(summary);
}

/**
 * Up to six tiles: a grid of three columns, the value (28 pt) with its change on its line and the
 * label below. More (the foreign participants' figures): two columns of row tiles, the value and its
 * change on the left, the label (up to three lines at 14 pt) on the right, so nothing leaves its tile.
 */
function addTiles(slide: PptxGenJS.Slide, tiles: { value: string; label: string; change?: string }[], height: number, bottom: number): void {
  const wide = tiles.length <= 2 * TILE_COLUMNS;
  const gap = wide ? 0.15 : 0.08;
  const top = 1.25;
  const columns = wide ? TILE_COLUMNS : 2;
  const rows = Math.ceil(tiles.length / columns);
  const w = (WIDTH - 2 * MARGIN - gap * (columns - 1)) / columns;
  const h = Math.min(wide ? 1.6 : 1.0, (height - top - bottom - gap * (rows - 1)) / rows);
  tiles.forEach((tile, i) => {
    const x = MARGIN + (i % columns) * (w + gap);
    const y = top + Math.floor(i / columns) * (h + gap);
    slide.addShape('rect', { x, y, w, h, fill: { color: 'F5F7FA' }, line: { color: 'DDE3EA', width: 0.75 } });
    const left = wide ? w - 0.2 : VALUE_WIDTH;
    slide.addText(tile.value, { ...TEXT, x: x + 0.1, y: y + 0.02, w: left, h: 0.45, fontSize: 28, bold: true, valign: wide ? 'middle' : 'top', margin: 0 });
    if (tile.change) slide.addText(tile.change, { ...TEXT, x: x + 0.1, y: y + 0.04, w: left, h: wide ? 0.45 : h - 0.05, fontSize: MIN_PT, align: wide ? 'right' : 'left', valign: wide ? 'middle' : 'bottom', margin: 0 });
    if (wide) slide.addText(tile.label, { ...MUTED, x: x + 0.1, y: y + 0.52, w: w - 0.2, h: h - 0.56, fontSize: MIN_PT, valign: 'top', margin: 0 });
    else slide.addText(tile.label, { ...MUTED, x: x + 0.2 + VALUE_WIDTH, y: y + 0.04, w: w - 0.3 - VALUE_WIDTH, h: h - 0.08, fontSize: MIN_PT, valign: 'middle', margin: 0 });
  });
}

/** The main events, `perSlide` rows a slide; the last slide ends with the note, the link to every event and the source. */
function addTableSlides(deck: PptxGenJS, table: SlideTable, context: ExportContext, height: number): void {
  const width = WIDTH - 2 * MARGIN;
  const total = table.widths.reduce((sum, n) => sum + n, 0);
  const pages = Math.max(1, Math.ceil(table.rows.length / table.perSlide));
  // The configured public address (an absolute href), else the address this page was opened at.
  const url = new URL(table.href, window.location.origin).toString();
  for (let page = 1; page <= pages; page += 1) {
    const slide = deck.addSlide();
    slide.addText(t.pageOf(table.title, page, pages), { ...TEXT, x: MARGIN, y: 0.25, w: width, h: 0.5, fontSize: 28, bold: true });
    slide.addText(context.subtitle, { ...MUTED, x: MARGIN, y: 0.75, w: width, h: 0.35, fontSize: MIN_PT });
    const header = table.header.map((text) => ({ text, options: { bold: true, fill: { color: 'E6F0FA' } } }));
    const rows = table.rows.slice((page - 1) * table.perSlide, page * table.perSlide).map((row) => row.map((text) => ({ text })));
    slide.addTable([header, ...rows], {
      ...TEXT,
      x: MARGIN,
      y: 1.15,
      w: width,
      colW: table.widths.map((n) => (n / total) * width),
      fontSize: MIN_PT,
      valign: 'top',
      margin: 0.03,
      border: { type: 'solid', pt: 0.5, color: 'DDE3EA' },
    });
    // The last slide says what the rows are and links to every event; each slide names its source.
    const last = page === pages;
    slide.addText(
      [
        ...(last
          ? [
              { text: `${table.note}\n`, options: {} },
              { text: `${t.allEvents} `, options: {} },
              { text: url, options: { hyperlink: { url }, color: '0B5CAD' } },
              { text: '\n', options: {} },
            ]
          : []),
        { text: context.source, options: {} },
      ],
      // Five rows of up to two lines end above 4 in; this box holds five lines (a two-line note, a long link) below that.
      { ...MUTED, x: MARGIN, y: height - 1.5, w: width, h: 1.4, fontSize: MIN_PT, valign: 'bottom' },
    );
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
