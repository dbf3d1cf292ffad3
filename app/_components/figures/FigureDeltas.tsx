import { percentChange } from '@/lib/compare/change-level';
import { formatNumber } from '@/lib/format';
import { overviewText as t } from '@/lib/i18n/ru';
import type { KeyFigures } from '@/lib/queries/overview';

/** A period with its report that a figure is set against: "III кв. 2025". */
export interface Baseline {
  label: string;
  figures: KeyFigures;
}

/** "▲ 36 (+189 %) к III кв. 2025" per baseline; percentage points for a share; nothing without a baseline. */
export function FigureDeltas({ value, baselines, points = false }: { value: number; baselines: { label: string; value: number }[]; points?: boolean }) {
  if (baselines.length === 0) return null;
  return (
    <ul className="figure-deltas">
      {baselines.map((base) => {
        const diff = value - base.value;
        const arrow = diff > 0 ? '▲' : '▼';
        const percent = percentChange(base.value, value);
        const text =
          diff === 0
            ? t.same(base.label)
            : points
              ? t.deltaPoints(arrow, formatNumber(Math.abs(diff)), base.label)
              : t.delta(arrow, formatNumber(Math.abs(diff)), percent === undefined ? '' : `${percent > 0 ? '+' : '−'}${formatNumber(Math.abs(percent))} %`, base.label);
        return (
          <li key={base.label} className={diff > 0 ? 'up' : diff < 0 ? 'down' : 'same'} data-testid="figure-delta">
            {text}
          </li>
        );
      })}
    </ul>
  );
}
