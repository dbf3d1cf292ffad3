import { describe, expect, test } from 'vitest';
import {
  asQuarterKey,
  compareReportPeriods,
  isQuarterKey,
  isReportPeriodKey,
  parseQuarterKey,
  parseReportPeriod,
  quarterDates,
  quarterOfDate,
  quartersBetween,
  quartersCovered,
  shiftQuarter,
  sortReportPeriods,
  toQuarterKey,
  wholeYear,
  yearEarlier,
  yearToDate,
} from '@/lib/periods';

describe('quarter keys', () => {
  test.each(['2025-Q1', '2025-Q4', '1999-Q2'])('%s is a quarter key', (key) => {
    expect(isQuarterKey(key)).toBe(true);
    expect(asQuarterKey(key)).toBe(key);
  });

  test.each(['2025-Q5', '2025-Q0', '25-Q1', '2025-H1', '2025-Y', '2025Q1', ''])('%s is not', (key) => {
    expect(isQuarterKey(key)).toBe(false);
    expect(() => asQuarterKey(key)).toThrow();
    expect(() => parseQuarterKey(key)).toThrow();
  });

  test('parse and build', () => {
    expect(parseQuarterKey('2025-Q4')).toEqual({ year: 2025, quarter: 4 });
    expect(toQuarterKey(2025, 3)).toBe('2025-Q3');
    expect(() => toQuarterKey(2025, 5)).toThrow();
  });

  test.each([
    ['2025-01-01', '2025-Q1'],
    ['2025-03-31', '2025-Q1'],
    ['2025-09-28', '2025-Q3'],
    ['2025-10-01', '2025-Q4'],
    ['2025-12-31', '2025-Q4'],
  ])('the quarter of %s is %s', (date, key) => {
    expect(quarterOfDate(date)).toBe(key);
  });

  test.each([
    ['2025-Q4', -1, '2025-Q3'],
    ['2025-Q1', -1, '2024-Q4'],
    ['2025-Q4', 1, '2026-Q1'],
    ['2025-Q2', -4, '2024-Q2'],
    ['2025-Q2', -9, '2023-Q1'],
  ])('%s shifted by %i is %s', (key, by, shifted) => {
    expect(shiftQuarter(key, by)).toBe(shifted);
  });

  test('spans', () => {
    expect(quartersBetween('2024-Q3', '2025-Q2')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
    expect(quartersBetween('2025-Q2', '2025-Q1')).toEqual([]);
    expect(yearEarlier({ from: asQuarterKey('2025-Q3'), to: asQuarterKey('2025-Q4') })).toEqual({ from: '2024-Q3', to: '2024-Q4' });
    expect(yearToDate('2025-Q3')).toEqual({ from: '2025-Q1', to: '2025-Q3' });
    expect(wholeYear(2025)).toEqual({ from: '2025-Q1', to: '2025-Q4' });
    expect(quarterDates('2025-Q3')).toEqual({ start: '2025-07-01', end: '2025-09-30' });
    expect(quarterDates('2025-Q4')).toEqual({ start: '2025-10-01', end: '2025-12-31' });
  });
});

describe('report periods: what a report covers', () => {
  test.each<[string, string[]]>([
    ['2025-Q4', ['2025-Q4']],
    ['2025-Q1', ['2025-Q1']],
    ['2025-H1', ['2025-Q1', '2025-Q2']],
    ['2025-H2', ['2025-Q3', '2025-Q4']],
    ['2025-9M', ['2025-Q1', '2025-Q2', '2025-Q3']],
    ['2025-Y', ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']],
  ])('%s covers %j', (key, quarters) => {
    expect(isReportPeriodKey(key)).toBe(true);
    expect(quartersCovered(key)).toEqual(quarters);
  });

  test.each(['2025-H3', '2025-6M', '2025', '2025-Q5', 'IV-2025'])('%s is not a report period and covers nothing', (key) => {
    expect(isReportPeriodKey(key)).toBe(false);
    expect(parseReportPeriod(key)).toBeUndefined();
    expect(quartersCovered(key)).toEqual([]);
  });

  test('kinds and parts', () => {
    expect(parseReportPeriod('2025-H2')).toMatchObject({ year: 2025, kind: 'half', part: 2 });
    expect(parseReportPeriod('2025-Q3')).toMatchObject({ year: 2025, kind: 'quarter', part: 3 });
    expect(parseReportPeriod('2025-9M')).toMatchObject({ year: 2025, kind: 'nine_months' });
    expect(parseReportPeriod('2025-Y')).toMatchObject({ year: 2025, kind: 'year' });
  });

  test('chronological order: by first quarter, the shorter period first', () => {
    expect(sortReportPeriods(['2025-Y', '2025-Q4', '2025-9M', '2024-Q4', '2025-H1', '2025-Q1', '2025-H2'])).toEqual([
      '2024-Q4',
      '2025-Q1',
      '2025-H1',
      '2025-9M',
      '2025-Y',
      '2025-H2',
      '2025-Q4',
    ]);
    expect(compareReportPeriods('2025-Q4', '2025-Q4')).toBe(0);
  });
});
