'use client';

import { useState } from 'react';
import { deckText as t } from '@/lib/i18n/ru';
import type { DeckRatio } from './pptx-deck';

export interface DeckChoice {
  keyFigures: boolean;
  /** Indexes of the chosen figure slides. */
  figures: number[];
  table: boolean;
  ratio: DeckRatio;
}

interface Props {
  figureTitles: string[];
  hasKeyFigures: boolean;
  hasTable: boolean;
  onDownload: (choice: DeckChoice) => void;
  onCancel: () => void;
}

/** The slides of the deck and its shape, chosen before it is built (the body of a modal <dialog>). */
export function DeckDialog({ figureTitles, hasKeyFigures, hasTable, onDownload, onCancel }: Props) {
  const [keyFigures, setKeyFigures] = useState(hasKeyFigures);
  const [figures, setFigures] = useState(figureTitles.map(() => true));
  const [table, setTable] = useState(hasTable);
  const [ratio, setRatio] = useState<DeckRatio>('16:9');
  const submit = () => onDownload({ keyFigures, figures: figures.flatMap((on, i) => (on ? [i] : [])), table, ratio });
  return (
    <form method="dialog" className="deck-dialog" onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}>
      <h2 id="deck-dialog-title">{t.dialogTitle}</h2>
      <fieldset>
        <legend>{t.slides}</legend>
        <label>
          <input type="checkbox" checked disabled /> {t.titleSlide}
        </label>
        {hasKeyFigures && (
          <label>
            <input type="checkbox" checked={keyFigures} onChange={(e) => setKeyFigures(e.target.checked)} /> {t.keyFigures}
          </label>
        )}
        {figureTitles.map((title, i) => (
          <label key={`${title}-${i}`}>
            <input type="checkbox" checked={figures[i]} onChange={(e) => setFigures(figures.map((on, j) => (j === i ? e.target.checked : on)))} /> {title}
          </label>
        ))}
        {hasTable && (
          <label>
            <input type="checkbox" checked={table} onChange={(e) => setTable(e.target.checked)} /> {t.events}
          </label>
        )}
      </fieldset>
      <fieldset>
        <legend>{t.ratio}</legend>
        {(['16:9', '4:3'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="deck-ratio" value={value} checked={ratio === value} onChange={() => setRatio(value)} /> {value === '16:9' ? t.wide : t.standard}
          </label>
        ))}
      </fieldset>
      <p className="deck-dialog-actions">
        <button type="submit" className="button primary" data-testid="export-pptx-confirm">
          {t.download}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </p>
    </form>
  );
}
