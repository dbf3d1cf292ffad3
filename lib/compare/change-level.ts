/**
 * How much a count changed between two periods (period A → period B), as a category that reads
 * like event-monitoring dashboards do. One rule for both directions: a fall is judged exactly as a
 * rise of the same size would be (40 → 60 and 60 → 40 are the same level, up or down).
 *
 * With diff = |B − A| and ratio = larger / smaller of A and B, checked in this order:
 * - new:      A = 0 and B > 0;
 * - gone:     A > 0 and B = 0;
 * - large increase / large decrease:       diff ≥ LARGE_CHANGE_MIN_EVENTS and ratio ≥ LARGE_CHANGE_MIN_RATIO;
 * - moderate increase / moderate decrease: diff ≥ CHANGE_MIN_EVENTS and ratio ≥ CHANGE_MIN_RATIO;
 * - little change: everything else (including 0 → 0).
 *
 * Both an absolute floor and a ratio must be reached, so small counts do not shout: 1 → 4 events is
 * "+300 %" but only a moderate increase (3 events), 1 → 2 is little change, and 40 → 45 (×1.125)
 * is little change too.
 */

export const CHANGE_LEVELS = ['large-increase', 'moderate-increase', 'little-change', 'moderate-decrease', 'large-decrease', 'new', 'gone'] as const;

export type ChangeLevel = (typeof CHANGE_LEVELS)[number];

/** A change is large from this many events… */
export const LARGE_CHANGE_MIN_EVENTS = 5;
/** …when the larger count is at least this multiple of the smaller (+50 % up, −33 % down). */
export const LARGE_CHANGE_MIN_RATIO = 1.5;
/** Any change counts from this many events… */
export const CHANGE_MIN_EVENTS = 2;
/** …when the larger count is at least this multiple of the smaller (+25 % up, −20 % down). */
export const CHANGE_MIN_RATIO = 1.25;

export function changeLevel(a: number, b: number): ChangeLevel {
  if (a === 0) return b > 0 ? 'new' : 'little-change';
  if (b === 0) return 'gone';
  const diff = Math.abs(b - a);
  const ratio = Math.max(a, b) / Math.min(a, b);
  const up = b > a;
  if (diff >= LARGE_CHANGE_MIN_EVENTS && ratio >= LARGE_CHANGE_MIN_RATIO) return up ? 'large-increase' : 'large-decrease';
  if (diff >= CHANGE_MIN_EVENTS && ratio >= CHANGE_MIN_RATIO) return up ? 'moderate-increase' : 'moderate-decrease';
  return 'little-change';
}

/** Relative change B against A (0.5 = +50 %); undefined when A is 0 and a share means nothing. */
export function relativeChange(a: number, b: number): number | undefined {
  return a === 0 ? undefined : (b - a) / a;
}

/** Relative change B against A in whole percent (+267), as the tables show it; undefined when A is 0. */
export function percentChange(a: number, b: number): number | undefined {
  const share = relativeChange(a, b);
  return share === undefined ? undefined : Math.round(share * 100);
}
