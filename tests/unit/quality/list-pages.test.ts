import { describe, expect, test } from 'vitest';
import { listPosition, withListPages } from '@/app/(dashboard)/quality/list-pages';

describe('quality list pages', () => {
  test('the requested page, clamped to the pages that exist; junk is page 1', () => {
    expect(listPosition('3', 1_000, 100)).toEqual({ page: 3, pages: 10, slice: { offset: 200, limit: 100 } });
    expect(listPosition('99', 1_000, 100).page).toBe(10);
    expect(listPosition('-1', 1_000, 100).page).toBe(1);
    expect(listPosition('abc', 1_000, 100).page).toBe(1);
    expect(listPosition(['2', '5'], 1_000, 100).page).toBe(2);
    expect(listPosition(undefined, 0, 100)).toEqual({ page: 1, pages: 1, slice: { offset: 0, limit: 100 } });
  });

  test('links keep the filters and the other list\'s page; page 1 is left out', () => {
    expect(withListPages('/quality?report=2025-Q4', { warningsPage: 1, pairsPage: 3 })).toBe('/quality?report=2025-Q4&pairsPage=3');
    expect(withListPages('/quality', { warningsPage: 2, pairsPage: 1 })).toBe('/quality?warningsPage=2');
  });
});
