import { describe, expect, test } from 'vitest';
import {
  asQuarterKey,
  forReportPeriod,
  inSpan,
  monthAdjective,
  monthsGenitive,
  openSpanShort,
  quarterFormal,
  quarterName,
  quarterShort,
  reportPeriodFormal,
  reportPeriodName,
  reportPeriodOfYear,
  reportPeriodShort,
  spanShort,
} from '@/lib/periods';

const span = (from: string, to = from) => ({ from: asQuarterKey(from), to: asQuarterKey(to) });

describe('quarters', () => {
  test('one quarter in every form', () => {
    expect(quarterName('2025-Q4')).toBe('IV квартал 2025');
    expect(quarterShort('2025-Q4')).toBe('IV кв. 2025');
    expect(quarterFormal('2025-Q4')).toBe('IV квартал 2025 г.');
  });

  test.each([
    [span('2025-Q3'), 'III кв. 2025', 'в III квартале 2025 года'],
    [span('2025-Q3', '2025-Q4'), 'III–IV кв. 2025', 'в III–IV кварталах 2025 года'],
    [span('2024-Q4', '2025-Q1'), 'IV кв. 2024 – I кв. 2025', 'с IV квартала 2024 года по I квартал 2025 года'],
    [span('2025-Q1', '2025-Q4'), '2025 год', 'в 2025 году'],
  ])('%o: "%s", "%s"', (range, short, locative) => {
    expect(spanShort(range)).toBe(short);
    expect(inSpan(range.from, range.to)).toBe(locative);
  });

  test('open ends', () => {
    expect(inSpan('2025-Q3', undefined)).toBe('начиная с III квартала 2025 года');
    expect(inSpan(undefined, '2025-Q3')).toBe('по III квартал 2025 года включительно');
    expect(inSpan(undefined, undefined)).toBe('');
    expect(openSpanShort('2025-Q3', undefined)).toBe('с III кв. 2025');
    expect(openSpanShort(undefined, '2025-Q4')).toBe('по IV кв. 2025');
  });
});

describe('report periods', () => {
  test.each([
    ['2025-Q4', 'IV квартал 2025', 'IV кв. 2025', 'IV квартал 2025 г.', 'за IV квартал 2025 года', 'IV квартал 2025 года'],
    ['2025-H1', 'I полугодие 2025', 'I пол. 2025', 'I полугодие 2025 г.', 'за I полугодие 2025 года', 'I полугодие 2025 года'],
    ['2025-H2', 'II полугодие 2025', 'II пол. 2025', 'II полугодие 2025 г.', 'за II полугодие 2025 года', 'II полугодие 2025 года'],
    ['2025-9M', '9 месяцев 2025', '9 мес. 2025', '9 месяцев 2025 г.', 'за 9 месяцев 2025 года', '9 месяцев 2025 года'],
    ['2025-Y', '2025 год', '2025 год', '2025 г.', 'за 2025 год', '2025 год'],
  ])('%s', (key, name, short, formal, forPeriod, ofYear) => {
    expect(reportPeriodName(key)).toBe(name);
    expect(reportPeriodShort(key)).toBe(short);
    expect(reportPeriodFormal(key)).toBe(formal);
    expect(forReportPeriod(key)).toBe(forPeriod);
    expect(reportPeriodOfYear(key)).toBe(ofYear);
  });
});

describe('months', () => {
  test('genitive, one month or a range, with the year when asked', () => {
    expect(monthsGenitive(9, 9)).toBe('сентября');
    expect(monthsGenitive(10, 12)).toBe('октября–декабря');
    expect(monthsGenitive(12, 12, 2024)).toBe('декабря 2024 года');
  });

  test.each([
    [1, 'сентябрьское'],
    [2, 'сентябрьских'],
    [5, 'сентябрьских'],
    [11, 'сентябрьских'],
    [15, 'сентябрьских'],
    [21, 'сентябрьское'],
  ])('%i %s', (n, adjective) => {
    expect(monthAdjective(9, n)).toBe(adjective);
  });
});
