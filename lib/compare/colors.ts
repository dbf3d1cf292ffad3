/**
 * Colours of the comparison page: one per period (the same in every paired chart) and one per
 * change level (map and table). Change levels are a diverging scale: growth in blues and decline
 * in oranges (darker is more), little change neutral grey, new countries purple, gone dark grey.
 * Checked for colour-vision deficiencies in tests/unit/palette/palette.test.ts. A comparison with a
 * period that has no report has no levels at all: every country is UNKNOWN_LEVEL_COLOR, alone.
 */
import type { Side } from '@/lib/filters/compare';
import type { ChangeLevel } from './change-level';

export const PERIOD_COLORS: Record<Side, string> = { a: '#f28e2b', b: '#1f5fa8' };

export const CHANGE_LEVEL_COLORS: Record<ChangeLevel, string> = {
  'large-increase': '#2166ac',
  'moderate-increase': '#67a9cf',
  'little-change': '#e0e0e0',
  'moderate-decrease': '#fdb863',
  'large-decrease': '#b35806',
  new: '#542788',
  gone: '#4d4d4d',
};

/** Every country when one side of the comparison has no report: the change cannot be measured. */
const UNKNOWN_LEVEL_COLOR = '#dde2e8';

export function levelColor(level: ChangeLevel | 'unknown'): string {
  return level === 'unknown' ? UNKNOWN_LEVEL_COLOR : CHANGE_LEVEL_COLORS[level];
}
