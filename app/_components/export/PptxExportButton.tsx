'use client';

import type { DeckFigures } from '@/lib/export/deck-figures';
import { exportFileName, type FigureId } from '@/lib/export/figure-ids';
import { exportText as t } from '@/lib/i18n/ru';
import { captureSlidePng, saveBlob } from './capture';
import type { ExportContext, SlideTable } from './export-context';
import { findTargets, readSlideText } from './export-target';
import { buildDeck } from './pptx-deck';
import { useExportTask } from './use-export-task';

interface Props {
  /** Figures on the page, one slide each in this order (a figure shown twice gives two slides). */
  figures: FigureId[];
  /** Text of the title slide, e.g. the overview summary. */
  summary: string;
  context: ExportContext;
  /** Last slide: the first rows of a table. */
  table?: SlideTable;
  /** File name before the period: "overview" → overview_2025-Q4.pptx. */
  fileBase: string;
  /** The key-figures slide after the title. */
  keyFigures?: DeckFigures;
}

/** Downloads the page as a PowerPoint deck built in the browser from the figures' slide pictures. */
export function PptxExportButton({ figures, summary, context, table, fileBase, keyFigures }: Props) {
  const { state, run } = useExportTask();
  const busy = state === 'busy';
  const exportDeck = () =>
    run(async () => {
      const slides = [];
      for (const target of findTargets(figures)) slides.push({ image: await captureSlidePng(target), title: readSlideText(target).title });
      saveBlob(await buildDeck({ context, summary, slides, table, figures: keyFigures }), exportFileName(fileBase, context.period, 'pptx'));
    });
  return (
    <div className="export-deck">
      <button type="button" className="button" onClick={exportDeck} disabled={busy} aria-busy={busy} data-testid="export-pptx">
        {busy ? t.busy : t.pptx}
      </button>
      <span role="status" className="export-status">
        {state === 'failed' ? t.failed : ''}
      </span>
    </div>
  );
}
