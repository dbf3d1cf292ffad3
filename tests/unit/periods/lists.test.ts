import { describe, expect, test } from 'vitest';
import { reportPeriodFormal, reportPeriodList } from '@/lib/periods';

const list = (keys: string[]) => reportPeriodList(keys, reportPeriodFormal);

describe('reportPeriodList', () => {
  test('one or two reports are named one by one', () => {
    expect(list(['2025-Q4'])).toBe('IV квартал 2025 г.');
    expect(list(['2025-Q4', '2025-Q3'])).toBe('III квартал 2025 г., IV квартал 2025 г.');
  });

  test('three or more consecutive quarters, across a year end, are one range', () => {
    expect(list(['2024-Q4', '2025-Q1', '2024-Q3'])).toBe('III квартал 2024 г. – I квартал 2025 г.');
    const forty = Array.from({ length: 40 }, (_, i) => `${2016 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
    expect(list(forty)).toBe('I квартал 2016 г. – IV квартал 2025 г.');
  });

  test('a missing quarter breaks the range, and other report periods stay named in their place', () => {
    expect(list(['2024-Q1', '2024-Q2', '2024-Q3', '2025-Q1', '2025-Q2'])).toBe('I квартал 2024 г. – III квартал 2024 г., I квартал 2025 г., II квартал 2025 г.');
    expect(list(['2025-Q1', '2025-Q2', '2025-Q3', '2025-H2', '2026-Q1'])).toBe('I квартал 2025 г. – III квартал 2025 г., II полугодие 2025 г., I квартал 2026 г.');
  });
});
