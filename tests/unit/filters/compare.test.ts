import { describe, expect, test } from 'vitest';
import {
  keepPeriodParams,
  parseCompareParams,
  previousYear,
  rangeHasData,
  resolvePeriods,
  shiftQuarter,
  toCompareParams,
  type ComparePeriods,
} from '@/lib/filters/compare';

const Q3: ComparePeriods['a'] = { from: '2025-Q3', to: '2025-Q3' };
const Q4: ComparePeriods['b'] = { from: '2025-Q4', to: '2025-Q4' };

describe('parseCompareParams ⇄ toCompareParams', () => {
  test.each<[string, Partial<ComparePeriods>, string]>([
    ['two quarters', { a: Q3, b: Q4 }, 'a=2025-Q3&b=2025-Q4'],
    ['two ranges', { a: { from: '2024-Q3', to: '2024-Q4' }, b: { from: '2025-Q3', to: '2025-Q4' } }, 'aFrom=2024-Q3&aTo=2024-Q4&bFrom=2025-Q3&bTo=2025-Q4'],
    ['a quarter against a range across years', { a: Q3, b: { from: '2025-Q4', to: '2026-Q1' } }, 'a=2025-Q3&bFrom=2025-Q4&bTo=2026-Q1'],
    ['only B', { b: Q4 }, 'b=2025-Q4'],
    ['nothing', {}, ''],
  ])('%s survives a round trip through the URL', (_, periods, query) => {
    const params = toCompareParams(periods);
    expect(params.toString()).toBe(query);
    expect(parseCompareParams(new URLSearchParams(params.toString()))).toEqual({ periods, ignored: [] });
  });

  test('a range of one quarter is written as that quarter', () => {
    expect(toCompareParams({ a: Q3, b: { from: '2025-Q4', to: '2025-Q4' } }).toString()).toBe('a=2025-Q3&b=2025-Q4');
  });

  test('a record of search params (as Next passes them) reads like URLSearchParams', () => {
    expect(parseCompareParams({ a: ['2025-Q3', '2025-Q1'], bFrom: '2025-Q4', bTo: '2026-Q1' }).periods).toEqual({ a: Q3, b: { from: '2025-Q4', to: '2026-Q1' } });
  });

  test('a lone end of a range is one quarter', () => {
    expect(parseCompareParams(new URLSearchParams('aFrom=2025-Q3&bTo=2025-Q4')).periods).toEqual({ a: Q3, b: Q4 });
  });

  test('the single-quarter parameter wins over a range', () => {
    expect(parseCompareParams(new URLSearchParams('a=2025-Q3&aFrom=2024-Q1&aTo=2024-Q2')).periods).toEqual({ a: Q3 });
  });
});

describe('invalid values are ignored and named', () => {
  test.each<[string, Partial<ComparePeriods>, string[]]>([
    ['a=2025-Q5&b=2025-Q4', { b: Q4 }, ['a']],
    ['a=осень&b=2025', {}, ['a', 'b']],
    ['aFrom=2025-Q4&aTo=2025-Q1', {}, ['aFrom', 'aTo']],
    ['bFrom=2025-Q3&bTo=вчера', {}, ['bFrom', 'bTo']],
    ['a=bad&aFrom=2025-Q3&aTo=2025-Q3', { a: Q3 }, ['a']],
  ])('%s', (query, periods, ignored) => {
    expect(parseCompareParams(new URLSearchParams(query))).toEqual({ periods, ignored });
  });
});

describe('default periods', () => {
  const quarters = ['2025-Q3', '2025-Q4'];

  test('the latest quarter against the one before', () => {
    expect(resolvePeriods({}, quarters)).toEqual({ a: Q3, b: Q4 });
  });

  test('a chosen B is compared with the quarter with events before it', () => {
    expect(resolvePeriods({ b: Q4 }, ['2024-Q4', '2025-Q4'])).toEqual({ a: { from: '2024-Q4', to: '2024-Q4' }, b: Q4 });
  });

  test('with one quarter loaded, A is the calendar quarter before it', () => {
    expect(resolvePeriods({}, ['2025-Q1'])).toEqual({ a: { from: '2024-Q4', to: '2024-Q4' }, b: { from: '2025-Q1', to: '2025-Q1' } });
  });

  test('a chosen A is kept', () => {
    expect(resolvePeriods({ a: { from: '2024-Q1', to: '2024-Q2' } }, quarters)).toEqual({ a: { from: '2024-Q1', to: '2024-Q2' }, b: Q4 });
  });

  test('no data, no periods', () => {
    expect(resolvePeriods({}, [])).toBeUndefined();
  });
});

describe('quarter arithmetic', () => {
  test.each([
    ['2025-Q4', -1, '2025-Q3'],
    ['2025-Q1', -1, '2024-Q4'],
    ['2025-Q4', 1, '2026-Q1'],
    ['2025-Q2', -4, '2024-Q2'],
  ])('%s shifted by %i is %s', (key, by, shifted) => {
    expect(shiftQuarter(key, by)).toBe(shifted);
  });

  test('the previous year of a range', () => {
    expect(previousYear({ from: '2025-Q3', to: '2025-Q4' })).toEqual({ from: '2024-Q3', to: '2024-Q4' });
  });

  test('a range has data when it holds a loaded quarter', () => {
    expect(rangeHasData({ from: '2024-Q4', to: '2024-Q4' }, ['2025-Q3', '2025-Q4'])).toBe(false);
    expect(rangeHasData({ from: '2025-Q1', to: '2025-Q3' }, ['2025-Q3', '2025-Q4'])).toBe(true);
  });
});

describe('keepPeriodParams: a filter change keeps the periods', () => {
  test.each([
    ['/compare?sphere=economy', 'a=2025-Q3&b=2025-Q4&sphere=culture', '/compare?sphere=economy&a=2025-Q3&b=2025-Q4'],
    ['/compare', 'aFrom=2025-Q1&aTo=2025-Q2', '/compare?aFrom=2025-Q1&aTo=2025-Q2'],
    ['/compare?country=BY', 'country=KZ', '/compare?country=BY'],
  ])('%s with %s', (href, current, expected) => {
    expect(keepPeriodParams(href, new URLSearchParams(current))).toBe(expected);
  });
});
