/**
 * The key-figures slide of a deck: tiles (overview) or a two-period table (comparison), built on
 * the server from the same figures the page shows and handed to the deck builder as plain text.
 */
import { formatChange } from '@/app/(dashboard)/compare/change-format';
import { figureKeys } from '@/lib/compare/key-figures';
import { formatNumber } from '@/lib/format';
import { compareText } from '@/lib/i18n/ru';
import type { KeyFigures } from '@/lib/queries/overview';

export interface DeckFigures {
  title: string;
  /** Tiles: value and label. */
  tiles?: { value: string; label: string }[];
  /** A table: header and rows (figure, A, B, change). */
  table?: { header: string[]; rows: string[][] };
}

export function figureTiles(figures: KeyFigures): DeckFigures {
  return {
    title: compareText.figuresTitle,
    tiles: figureKeys(figures, figures).map((key) => ({ value: formatNumber(figures[key]), label: compareText.figureLabels[key] ?? key })),
  };
}

export function figureComparison(a: KeyFigures, b: KeyFigures, labels: { a: string; b: string }): DeckFigures {
  return {
    title: compareText.figuresTitle,
    table: {
      header: [compareText.figure, labels.a, labels.b, compareText.change],
      rows: figureKeys(a, b).map((key) => [compareText.figureLabels[key] ?? key, formatNumber(a[key]), formatNumber(b[key]), formatChange(b[key] - a[key])]),
    },
  };
}
