/**
 * Colours of the comparison page: one per period (the same in every paired chart) and one per
 * change level (map and table). Change levels are a diverging scale: growth in blues (darker is
 * more), decline in oranges (a country gone is the darkest), little change neutral grey, new
 * countries purple. Checked for colour-vision deficiencies in tests/unit/palette/palette.test.ts.
 */
import type { Side } from '@/lib/filters/compare';
import type { ChangeLevel } from './change-level';

export const PERIOD_COLORS: Record<Side, string> = { a: '#f28e2b', b: '#1f5fa8' };

export const CHANGE_LEVEL_COLORS: Record<ChangeLevel, string> = {
  'large-increase': '#2166ac',
  'moderate-increase': '#67a9cf',
  'little-change': '#e0e0e0',
  decrease: '#ef8a62',
  new: '#542788',
  gone: '#b35806',
};
