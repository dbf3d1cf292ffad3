import { describe, expect, test } from 'vitest';
import { nouns, plural } from '@/lib/i18n/ru';
import { inQuarter, quarterLabel } from '@/lib/periods/labels';
import { formatDateRange, formatEventCount, formatNumber } from '@/lib/format';

describe('plural', () => {
  test.each([
    [0, 'мероприятий'], [1, 'мероприятие'], [2, 'мероприятия'], [4, 'мероприятия'], [5, 'мероприятий'],
    [11, 'мероприятий'], [12, 'мероприятий'], [14, 'мероприятий'], [21, 'мероприятие'], [22, 'мероприятия'],
    [70, 'мероприятий'], [101, 'мероприятие'], [111, 'мероприятий'], [1000, 'мероприятий'],
  ])('%i %s', (n, word) => {
    expect(plural(n, nouns.event)).toBe(word);
  });
});

describe('formatting', () => {
  test('numbers use Russian digit grouping', () => {
    expect(formatNumber(2900).replace(/\s/g, ' ')).toBe('2 900');
    expect(formatEventCount(70)).toBe('70 мероприятий');
  });

  test('quarters read as in Russian reports', () => {
    expect(quarterLabel(2025, 4)).toBe('IV квартал 2025');
    expect(inQuarter(2025, 3)).toBe('в III квартале 2025 года');
  });

  test.each([
    ['2025-10-21', '2025-10-23', 'day', '21–23 октября 2025'],
    ['2025-10-31', '2025-11-04', 'day', '31 октября – 4 ноября 2025'],
    ['2025-12-18', '2025-12-18', 'day', '18 декабря 2025'],
    ['2025-12-29', '2026-01-10', 'day', '29 декабря 2025 – 10 января 2026'],
    ['2025-11-01', '2025-11-30', 'month', 'ноябрь 2025'],
    ['2025-07-01', '2025-09-30', 'quarter', 'III квартал 2025'],
    [null, null, null, '—'],
  ])('%s … %s (%s) reads "%s"', (start, end, precision, text) => {
    expect(formatDateRange(start, end, precision)).toBe(text);
  });
});
