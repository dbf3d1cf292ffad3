import { describe, expect, test } from 'vitest';
import { changeLevel, relativeChange, type ChangeLevel } from '@/lib/compare/change-level';

describe('changeLevel: events in period A → period B', () => {
  test.each<[number, number, ChangeLevel, string]>([
    [0, 1, 'new', 'a country first seen in B, even with one event'],
    [0, 12, 'new', 'new regardless of size'],
    [1, 0, 'gone', 'a country missing from B'],
    [30, 0, 'gone', 'gone regardless of size'],
    [0, 0, 'little-change', 'absent from both'],
    [1, 4, 'moderate-increase', '+300 % but only 3 more events: below the large floor of 5'],
    [1, 2, 'little-change', '+100 % but one more event: below the floor of 2'],
    [1, 3, 'moderate-increase', 'two more events and +200 %'],
    [2, 10, 'large-increase', '8 more events and +400 %'],
    [10, 15, 'large-increase', 'exactly 5 more and exactly +50 %'],
    [10, 14, 'moderate-increase', '4 more: below the large floor'],
    [11, 39, 'large-increase', 'Belarus, III → IV quarter 2025'],
    [20, 29, 'moderate-increase', '9 more but +45 %: below the large share'],
    [10, 12, 'little-change', '2 more but +20 %: below the share of 25 %'],
    [40, 45, 'little-change', '5 more but +12.5 %'],
    [40, 50, 'moderate-increase', 'exactly +25 %'],
    [5, 5, 'little-change', 'no change'],
    [3, 2, 'little-change', 'one fewer event'],
    [4, 2, 'moderate-decrease', 'two fewer and half'],
    [50, 45, 'little-change', '5 fewer but −10 %'],
    [50, 35, 'moderate-decrease', '15 fewer, ×1.43: below the large ratio'],
    [39, 11, 'large-decrease', 'Belarus, IV → III quarter 2025: the mirror of a large increase'],
    [15, 10, 'large-decrease', 'the mirror of 10 → 15'],
    [14, 10, 'moderate-decrease', 'the mirror of 10 → 14'],
    [29, 20, 'moderate-decrease', 'the mirror of 20 → 29'],
    [12, 10, 'little-change', 'the mirror of 10 → 12'],
  ])('%i → %i is %s (%s)', (a, b, level) => {
    expect(changeLevel(a, b)).toBe(level);
  });
});

test('one rule for both directions: a fall has the level of the same rise, mirrored', () => {
  const mirror: Record<string, ChangeLevel> = {
    'large-increase': 'large-decrease',
    'large-decrease': 'large-increase',
    'moderate-increase': 'moderate-decrease',
    'moderate-decrease': 'moderate-increase',
    'little-change': 'little-change',
  };
  for (let a = 1; a <= 60; a++) for (let b = 1; b <= 60; b++) expect(changeLevel(b, a)).toBe(mirror[changeLevel(a, b)]);
});

describe('relativeChange', () => {
  test.each([
    [4, 6, 0.5],
    [10, 5, -0.5],
    [3, 3, 0],
  ])('%i → %i is %d', (a, b, share) => {
    expect(relativeChange(a, b)).toBe(share);
  });

  test('means nothing from zero', () => {
    expect(relativeChange(0, 5)).toBeUndefined();
  });
});
