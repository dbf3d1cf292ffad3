/**
 * The key-figures slide of a deck: tiles (overview) or a two-period table (comparison), built on
 * the server from the same figures the page shows and handed to the deck builder as plain text.
 */
import { formatChange } from '@/lib/compare/change-format';
import { percentChange } from '@/lib/compare/change-level';
import { figureKeys } from '@/lib/compare/key-figures';
import type { Previous } from '@/lib/figures/main-events';
import { formatNumber } from '@/lib/format';
import { compareText, exportText } from '@/lib/i18n/ru';
import { quarterShort } from '@/lib/periods';
import type { KeyFigures } from '@/lib/queries/overview';

export interface DeckFigures {
  title: string;
  /** Under the title: what the changes are measured against ("Изменения — к III кв. 2025"). */
  changesNote?: string;
  /** Tiles: value, label and the change against the previous quarter that has its report ("▲ 36 (+189 %)"). */
  tiles?: { value: string; label: string; change?: string }[];
  /** At the foot of the slide: what a "¹" in a tile label means. */
  footnote?: string;
  /** A table: header and rows (figure, A, B, change). */
  table?: { header: string[]; rows: string[][] };
}

/** "▲ 36 (+189 %)", "▼ 2 (−40 %)", "= 0" — as the overview's key figures, without the base (named once on the slide). */
function tileChange(value: number, before: number): string {
  const diff = value - before;
  if (diff === 0) return exportText.tileSame;
  const percent = percentChange(before, value);
  return `${diff > 0 ? '▲' : '▼'} ${formatNumber(Math.abs(diff))}${percent === undefined ? '' : ` (${formatChange(percent)} %)`}`;
}

/** The overview's tiles; with a previous quarter that has its report, each tile carries its change. */
export function figureTiles(figures: KeyFigures, previous: Previous): DeckFigures {
  const before = previous.kind === 'found' ? previous.figures : undefined;
  const keys = figureKeys(figures, before ?? figures);
  return {
    title: compareText.figuresTitle,
    changesNote: before ? exportText.tileChanges(quarterShort(previous.kind === 'found' ? previous.quarter : '')) : undefined,
    tiles: keys.map((key) => ({
      value: formatNumber(figures[key]),
      label: exportText.tileLabels[key] ?? compareText.figureLabels[key] ?? key,
      ...(before ? { change: tileChange(figures[key], before[key]) } : {}),
    })),
    footnote: keys.some((key) => key in exportText.tileLabels) ? exportText.tileFootnote : undefined,
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
