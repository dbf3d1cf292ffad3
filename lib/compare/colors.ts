/**
 * Colours of the comparison page: one per period (the same in every paired chart) and one per
 * change level (map and table). Blue against orange stays distinct for the common colour-vision
 * deficiencies, unlike green against red.
 */
import type { Side } from '@/lib/filters/compare';
import type { ChangeLevel } from './change-level';

export const PERIOD_COLORS: Record<Side, string> = { a: '#f28e2b', b: '#1f5fa8' };

export const CHANGE_LEVEL_COLORS: Record<ChangeLevel | 'unknown', string> = {
  'large-increase': '#08519c',
  'moderate-increase': '#6baed6',
  'little-change': '#aeb6bf',
  'moderate-decrease': '#fdae6b',
  'large-decrease': '#e6550d',
  new: '#756bb1',
  gone: '#525252',
  unknown: '#dde2e8',
};
