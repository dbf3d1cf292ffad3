import { describe, expect, test } from 'vitest';
import { parseDateRange, periodRange, quarterKeyOf } from '@/lib/ingest/dates';
import { quarterPeriod } from '@/lib/ingest/report';

const Q4_2025 = quarterPeriod(2025, 4);

describe('parseDateRange', () => {
  test.each([
    ['21-23 октября 2025 года', '2025-10-21', '2025-10-23'],
    ['21–23 октября 2025 года', '2025-10-21', '2025-10-23'],
    ['21 — 23 октября 2025 г.', '2025-10-21', '2025-10-23'],
    ['31 октября – \n4 ноября \n2025 года', '2025-10-31', '2025-11-04'],
    ['28 сентября - 1 октября 2025 года', '2025-09-28', '2025-10-01'],
    ['27 ноября – \n1 декабря 2025 года', '2025-11-27', '2025-12-01'],
    ['18 декабря\n2025 года', '2025-12-18', '2025-12-18'],
    [' 4 ноября 2025 года', '2025-11-04', '2025-11-04'],
    ['9-10 октября 2025 года', '2025-10-09', '2025-10-10'],
    ['29 декабря 2025 года – 10 января 2026 года', '2025-12-29', '2026-01-10'],
    ['29 декабря – 10 января 2026 года', '2025-12-29', '2026-01-10'],
    ['1 мая 2025 года', '2025-05-01', '2025-05-01'],
    ['30.10.2025', '2025-10-30', '2025-10-30'],
    ['30.10.2025 – 01.11.2025', '2025-10-30', '2025-11-01'],
    ['12 ноября', '2025-11-12', '2025-11-12'],
    ['12\u00a0ноября\u00a02025\u00a0года', '2025-11-12', '2025-11-12'],
  ])('%j is a day range %s … %s', (cell, start, end) => {
    expect(parseDateRange(cell, Q4_2025)).toEqual({ startDate: start, endDate: end, precision: 'day' });
  });

  test.each([
    ['ноябрь 2025 года', '2025-11-01', '2025-11-30'],
    ['в течение ноября 2025 года', '2025-11-01', '2025-11-30'],
    ['июль–сентябрь 2025 года', '2025-07-01', '2025-09-30'],
    ['февраль 2024 года', '2024-02-01', '2024-02-29'],
  ])('%j is a month range %s … %s', (cell, start, end) => {
    expect(parseDateRange(cell, Q4_2025)).toEqual({ startDate: start, endDate: end, precision: 'month' });
  });

  test.each([
    ['в течение III квартала 2025 года', '2025-07-01', '2025-09-30'],
    ['IV квартал 2025 г.', '2025-10-01', '2025-12-31'],
    ['в течение 1 квартала 2026 года', '2026-01-01', '2026-03-31'],
  ])('%j is a quarter %s … %s', (cell, start, end) => {
    expect(parseDateRange(cell, Q4_2025)).toEqual({ startDate: start, endDate: end, precision: 'quarter' });
  });

  test('a bare year is a year range', () => {
    expect(parseDateRange('в течение 2025 года', Q4_2025)).toEqual({ startDate: '2025-01-01', endDate: '2025-12-31', precision: 'year' });
  });

  test.each([[''], ['по согласованию'], ['31 ноября 2025 года'], ['5-3 октября 2025 года']])('%j names no valid date', (cell) => {
    expect(parseDateRange(cell, Q4_2025)).toBeNull();
  });
});

describe('periods', () => {
  test('a quarter runs from its first to its last day', () => {
    expect(periodRange(quarterPeriod(2025, 4))).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(periodRange(quarterPeriod(2024, 1))).toEqual({ start: '2024-01-01', end: '2024-03-31' });
  });

  test.each([
    ['2025-09-30', '2025-Q3'],
    ['2025-10-01', '2025-Q4'],
    ['2026-01-15', '2026-Q1'],
  ])('%s falls in %s', (date, key) => {
    expect(quarterKeyOf(date)).toBe(key);
  });
});
