import { describe, expect, test } from 'vitest';
import { keepPeriodParams, parseCompareParams, resolvePeriods, toCompareParams, type ComparePeriods } from '@/lib/filters/compare';
import { asQuarterKey, buildCoverage, type QuarterSpan } from '@/lib/periods';

const span = (from: string, to = from): QuarterSpan => ({ from: asQuarterKey(from), to: asQuarterKey(to) });
const Q3 = span('2025-Q3');
const Q4 = span('2025-Q4');

describe('parseCompareParams ⇄ toCompareParams', () => {
  test.each<[string, Partial<ComparePeriods>, string]>([
    ['two quarters', { a: Q3, b: Q4 }, 'a=2025-Q3&b=2025-Q4'],
    ['two ranges', { a: span('2024-Q3', '2024-Q4'), b: span('2025-Q3', '2025-Q4') }, 'aFrom=2024-Q3&aTo=2024-Q4&bFrom=2025-Q3&bTo=2025-Q4'],
    ['a quarter against a range across years', { a: Q3, b: span('2025-Q4', '2026-Q1') }, 'a=2025-Q3&bFrom=2025-Q4&bTo=2026-Q1'],
    ['only B', { b: Q4 }, 'b=2025-Q4'],
    ['nothing', {}, ''],
  ])('%s survives a round trip through the URL', (_, periods, query) => {
    const params = toCompareParams(periods);
    expect(params.toString()).toBe(query);
    expect(parseCompareParams(new URLSearchParams(params.toString()))).toEqual({ periods, ignored: [] });
  });

  test('a range of one quarter is written as that quarter', () => {
    expect(toCompareParams({ a: Q3, b: span('2025-Q4') }).toString()).toBe('a=2025-Q3&b=2025-Q4');
  });

  test('a record of search params (as Next passes them) reads like URLSearchParams', () => {
    expect(parseCompareParams({ a: ['2025-Q3', '2025-Q1'], bFrom: '2025-Q4', bTo: '2026-Q1' }).periods).toEqual({ a: Q3, b: span('2025-Q4', '2026-Q1') });
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

describe('default periods: quarters with their report only', () => {
  test('the latest covered quarter against the covered quarter before it', () => {
    expect(resolvePeriods({}, buildCoverage(['2025-Q3', '2025-Q4'], ['2025-Q3', '2025-Q4']))).toEqual({ a: Q3, b: Q4 });
  });

  test('only the Q4 report loaded: Q3 holds rows, but no report, so nothing is compared by default', () => {
    expect(resolvePeriods({}, buildCoverage(['2025-Q4'], ['2025-Q3', '2025-Q4']))).toEqual({ a: undefined, b: Q4 });
  });

  test('a gap: the covered quarter before B, not the calendar one', () => {
    expect(resolvePeriods({}, buildCoverage(['2025-Q1', '2025-Q4'], ['2025-Q1', '2025-Q4']))).toEqual({ a: span('2025-Q1'), b: Q4 });
  });

  test('a half-year report covers its quarters', () => {
    expect(resolvePeriods({}, buildCoverage(['2025-H2'], []))).toEqual({ a: Q3, b: Q4 });
  });

  test('a chosen B is compared with the covered quarter before it', () => {
    expect(resolvePeriods({ b: Q4 }, buildCoverage(['2024-Q4', '2025-Q4'], []))).toEqual({ a: span('2024-Q4'), b: Q4 });
  });

  test('a chosen period is kept, covered or not', () => {
    const coverage = buildCoverage(['2025-Q4'], ['2025-Q3', '2025-Q4']);
    expect(resolvePeriods({ a: Q3 }, coverage)).toEqual({ a: Q3, b: Q4 });
    expect(resolvePeriods({ a: span('2024-Q1', '2024-Q2') }, coverage)).toEqual({ a: span('2024-Q1', '2024-Q2'), b: Q4 });
  });

  test('no data, no periods', () => {
    expect(resolvePeriods({}, buildCoverage([], []))).toBeUndefined();
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
