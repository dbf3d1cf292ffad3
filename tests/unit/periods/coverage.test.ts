import { describe, expect, test } from 'vitest';
import {
  asQuarterKey,
  buildCoverage,
  byQuarter,
  coverageNote,
  coveredQuarters,
  coveredYears,
  latestCovered,
  previousCovered,
  quarterRuns,
  runsOf,
  shownQuarters,
  spanCoverage,
  statusOf,
} from '@/lib/periods';

const span = (from: string, to = from) => ({ from: asQuarterKey(from), to: asQuarterKey(to) });
const statuses = (coverage: ReturnType<typeof buildCoverage>) => coverage.quarters.map((entry) => `${entry.quarter}:${entry.status}`);

describe('the Q4 2025 report alone (its rows start in Q3 and Q4)', () => {
  const coverage = buildCoverage(['2025-Q4'], ['2025-Q3', '2025-Q4']);

  test('Q4 has its report; Q3 has only rows reported late', () => {
    expect(statuses(coverage)).toEqual(['2025-Q3:partial', '2025-Q4:report']);
    expect(coverage.quarters[1]?.reports).toEqual(['2025-Q4']);
    expect(latestCovered(coverage)).toBe('2025-Q4');
    expect(previousCovered(coverage, '2025-Q4')).toBeUndefined();
  });

  test('spans', () => {
    expect(spanCoverage(coverage, span('2025-Q4')).status).toBe('complete');
    expect(spanCoverage(coverage, span('2025-Q3')).status).toBe('unreported');
    expect(spanCoverage(coverage, span('2025-Q3', '2025-Q4'))).toMatchObject({ status: 'incomplete', missing: ['2025-Q3'], partial: ['2025-Q3'] });
    expect(spanCoverage(coverage, span('2025-Q1', '2025-Q2'))).toMatchObject({ status: 'empty', missing: ['2025-Q1', '2025-Q2'], partial: [] });
  });

  test('notes', () => {
    expect(coverageNote(spanCoverage(coverage, span('2025-Q4')))).toBeUndefined();
    expect(coverageNote(spanCoverage(coverage, span('2025-Q1', '2025-Q2')))).toBe('Нет загруженных отчётов за I–II кв. 2025.');
    expect(coverageNote(spanCoverage(coverage, span('2025-Q3')), { events: 15, sources: ['2025-Q4'] })).toBe(
      'За III кв. 2025 отчёт не загружен: известно только 15 мероприятий из отчёта за IV кв. 2025. Это не итоги периода.',
    );
    expect(coverageNote(spanCoverage(coverage, span('2025-Q3', '2025-Q4')))).toBe('Данные неполные: нет отчёта за III кв. 2025.');
  });
});

describe('gaps, half-years, nine months and years', () => {
  test('a gap between two reports is "none", not zero', () => {
    const coverage = buildCoverage(['2024-Q4', '2025-Q3', '2025-Q4'], ['2024-Q3', '2024-Q4', '2025-Q3', '2025-Q4']);
    expect(statuses(coverage)).toEqual(['2024-Q3:partial', '2024-Q4:report', '2025-Q1:none', '2025-Q2:none', '2025-Q3:report', '2025-Q4:report']);
    expect(previousCovered(coverage, '2025-Q4')).toBe('2025-Q3');
    expect(previousCovered(coverage, '2025-Q3')).toBe('2024-Q4');
    expect(coveredYears(coverage)).toEqual([2024, 2025]);
  });

  test('a half-year report covers both its quarters; a year report all four', () => {
    const coverage = buildCoverage(['2025-H1', '2024-Y'], ['2025-Q2']);
    expect(coveredQuarters(coverage)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
    expect(coverage.reports).toEqual(['2024-Y', '2025-H1']);
    expect(statusOf(coverage, '2025-Q1')).toBe('report');
    expect(statusOf(coverage, '2025-Q3')).toBe('none');
  });

  test('nine months and a quarterly report of the same period: both are named', () => {
    const coverage = buildCoverage(['2025-9M', '2025-Q3'], []);
    expect(coverage.quarters.find((entry) => entry.quarter === '2025-Q3')?.reports).toEqual(['2025-9M', '2025-Q3']);
  });

  test('nothing loaded', () => {
    expect(buildCoverage([], [])).toEqual({ quarters: [], reports: [] });
  });
});

describe('quarters a chart shows', () => {
  const coverage = buildCoverage(['2024-Q4', '2025-Q4'], ['2024-Q4', '2025-Q3', '2025-Q4']);

  test('the timeline within the filters, gaps included', () => {
    expect(shownQuarters(coverage, {})).toEqual(['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(shownQuarters(coverage, { from: '2025-Q2' })).toEqual(['2025-Q2', '2025-Q3', '2025-Q4']);
    expect(shownQuarters(coverage, { dateFrom: '2025-08-01', dateTo: '2025-10-15' })).toEqual(['2025-Q3', '2025-Q4']);
    expect(shownQuarters(coverage, { report: '2025-Q4' })).toEqual(['2025-Q4']);
  });

  test('one row per quarter with its coverage; a quarter with a value outside the list is added', () => {
    const rows = byQuarter([{ quarterKey: '2025-Q3', key: 'x', value: 15 }, { quarterKey: '2025-Q4', key: 'x', value: 55 }], coverage, ['2025-Q4']);
    expect(rows).toEqual([
      { quarter: '2025-Q3', status: 'partial', values: { x: 15 } },
      { quarter: '2025-Q4', status: 'report', values: { x: 55 } },
    ]);
  });

  test('runs of quarters', () => {
    const keys = ['2025-Q1', '2025-Q2', '2025-Q4', '2026-Q1'].map(asQuarterKey);
    expect(runsOf(keys)).toEqual([span('2025-Q1', '2025-Q2'), span('2025-Q4', '2026-Q1')]);
    expect(quarterRuns(keys)).toBe('I–II кв. 2025, IV кв. 2025 – I кв. 2026');
  });
});
