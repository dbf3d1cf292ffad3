'use client';

import { useRef, useState } from 'react';
import type { DeckFigures } from '@/lib/export/deck-figures';
import { exportFileName, type FigureId } from '@/lib/export/figure-ids';
import { exportText as t } from '@/lib/i18n/ru';
import { captureSlidePng, saveBlob } from './capture';
import { DeckDialog, type DeckChoice } from './DeckDialog';
import type { ExportContext, SlideTable } from '@/lib/export/context';
import { findTargets, readSlideText } from './export-target';
import { buildDeck } from './pptx-deck';
import { useExportTask } from './use-export-task';

interface Props {
  /** Figures on the page, one slide each in this order (a figure shown twice gives two slides). */
  figures: FigureId[];
  /** The speaker notes of the title and key-figures slides, e.g. the overview summary. */
  summary: string;
  context: ExportContext;
  /** Last slides: the main events under these filters (a query string), fetched when the deck is built. */
  eventsQuery?: string;
  /** File name before the period: "overview" → overview_2025-Q4.pptx. */
  fileBase: string;
  /** The key-figures slide after the title. */
  keyFigures?: DeckFigures;
}

/**
 * Downloads the page as a PowerPoint deck built in the browser from the figures' slide pictures,
 * after a dialog where the slides and their shape (16:9 or 4:3) are chosen.
 */
export function PptxExportButton({ figures, summary, context, eventsQuery, fileBase, keyFigures }: Props) {
  const { state, run } = useExportTask();
  const dialog = useRef<HTMLDialogElement>(null);
  const [titles, setTitles] = useState<string[] | null>(null);
  const busy = state === 'busy';
  const open = () => {
    setTitles(findTargets(figures).map((target) => readSlideText(target).title));
    dialog.current?.showModal();
  };
  const close = () => {
    dialog.current?.close();
    setTitles(null);
  };
  const exportDeck = (choice: DeckChoice) => {
    close();
    run(async () => {
      const targets = findTargets(figures).filter((_, i) => choice.figures.includes(i));
      const slides = [];
      for (const target of targets) slides.push({ image: await captureSlidePng(target), title: readSlideText(target).title });
      const table = choice.table && eventsQuery !== undefined ? await fetchEventsTable(eventsQuery) : undefined;
      const deck = await buildDeck({ context, summary, slides, table, figures: choice.keyFigures ? keyFigures : undefined, ratio: choice.ratio });
      saveBlob(deck, exportFileName(fileBase, context.period, 'pptx'));
    });
  };
  return (
    <div className="export-deck">
      <button type="button" className="button" onClick={open} disabled={busy} aria-busy={busy} aria-haspopup="dialog" data-testid="export-pptx">
        {busy ? t.busy : t.pptx}
      </button>
      <span role="status" className="export-status">
        {state === 'failed' ? t.failed : ''}
      </span>
      <dialog ref={dialog} aria-labelledby="deck-dialog-title" onClose={() => setTitles(null)}>
        {titles && <DeckDialog figureTitles={titles} hasKeyFigures={Boolean(keyFigures)} hasTable={eventsQuery !== undefined} onDownload={exportDeck} onCancel={close} />}
      </dialog>
    </div>
  );
}

/** The events slides' table (app/api/export/deck-events); a failed answer fails the export. */
async function fetchEventsTable(query: string): Promise<SlideTable> {
  const response = await fetch(`/api/export/deck-events?${query}`);
  if (!response.ok) throw new Error(`deck events: ${response.status}`);
  return (await response.json()) as SlideTable;
}
