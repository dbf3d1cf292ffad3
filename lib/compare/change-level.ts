/**
 * How much a count changed between two periods (period A → period B), as a category that reads
 * like event-monitoring dashboards do: large increase, moderate increase, little change, decrease,
 * new, gone.
 *
 * The rule, checked in this order:
 * - new:        A = 0 and B > 0;
 * - gone:       A > 0 and B = 0;
 * - large increase:    B − A ≥ LARGE_INCREASE_MIN_EVENTS and (B − A) / A ≥ LARGE_INCREASE_MIN_SHARE;
 * - moderate increase: B − A ≥ CHANGE_MIN_EVENTS and (B − A) / A ≥ CHANGE_MIN_SHARE;
 * - decrease:          A − B ≥ CHANGE_MIN_EVENTS and (A − B) / A ≥ CHANGE_MIN_SHARE;
 * - little change: everything else (including 0 → 0).
 *
 * Both an absolute floor and a share must be reached, so small counts do not shout: 1 → 4 events is
 * "+300 %" but only a moderate increase (3 events), 1 → 2 is little change, and 40 → 45 (+12.5 %)
 * is little change too.
 */

export const CHANGE_LEVELS = ['large-increase', 'moderate-increase', 'little-change', 'decrease', 'new', 'gone'] as const;

export type ChangeLevel = (typeof CHANGE_LEVELS)[number];

/** An increase is large from this many more events… */
export const LARGE_INCREASE_MIN_EVENTS = 5;
/** …and at least this share of period A's count (+50 %). */
export const LARGE_INCREASE_MIN_SHARE = 0.5;
/** Any increase or decrease counts from this many events… */
export const CHANGE_MIN_EVENTS = 2;
/** …and at least this share of period A's count (±25 %). */
export const CHANGE_MIN_SHARE = 0.25;

export function changeLevel(a: number, b: number): ChangeLevel {
  if (a === 0) return b > 0 ? 'new' : 'little-change';
  if (b === 0) return 'gone';
  const diff = b - a;
  const share = Math.abs(diff) / a;
  if (diff >= LARGE_INCREASE_MIN_EVENTS && share >= LARGE_INCREASE_MIN_SHARE) return 'large-increase';
  if (Math.abs(diff) < CHANGE_MIN_EVENTS || share < CHANGE_MIN_SHARE) return 'little-change';
  return diff > 0 ? 'moderate-increase' : 'decrease';
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
