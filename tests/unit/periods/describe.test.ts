import { describe, expect, test } from 'vitest';
import { reportBreakdownLine, sourcesLine } from '@/lib/periods';

/*
 * Read off the reports: the Q4 2025 report has 70 rows, 55 starting in October–December and 15 in
 * September; the test Q4 2025 report has 6 rows, 3 of them (rows 1, 3, 4) starting in September.
 */
describe("a report's rows against the quarter of its events, in one line", () => {
  test('the real Q4 2025 report', () => {
    expect(reportBreakdownLine({ periodKey: '2025-Q4', rows: 70, inPeriod: 55, earlier: [{ month: '2025-09', rows: 15 }], later: [], undated: 0 })).toBe(
      'Отчёт за IV кв. 2025: 70 строк — 55 мероприятий октября–декабря и 15 сентябрьских, сообщённых с опозданием.',
    );
  });

  test('numbers agree with their words', () => {
    expect(reportBreakdownLine({ periodKey: '2025-Q4', rows: 6, inPeriod: 3, earlier: [{ month: '2025-09', rows: 3 }], later: [], undated: 0 })).toBe(
      'Отчёт за IV кв. 2025: 6 строк — 3 мероприятия октября–декабря и 3 сентябрьских, сообщённых с опозданием.',
    );
    expect(reportBreakdownLine({ periodKey: '2025-Q4', rows: 22, inPeriod: 21, earlier: [{ month: '2025-09', rows: 1 }], later: [], undated: 0 })).toBe(
      'Отчёт за IV кв. 2025: 22 строки — 21 мероприятие октября–декабря и 1 сентябрьское, сообщённое с опозданием.',
    );
  });

  test('late rows of several months and of another year, early rows, undated rows', () => {
    const line = reportBreakdownLine({
      periodKey: '2026-Q1',
      rows: 10,
      inPeriod: 7,
      earlier: [{ month: '2025-11', rows: 1 }, { month: '2025-12', rows: 1 }],
      later: [{ month: '2026-04', rows: 1 }],
      undated: 1,
    });
    expect(line).toBe(
      'Отчёт за I кв. 2026: 10 строк — 7 мероприятий января–марта, 2 мероприятия ноября–декабря 2025 года, сообщённых с опозданием, 1 апрельское, указанное заранее и 1 строка без даты.',
    );
  });

  test('a half-year report speaks of its six months', () => {
    expect(reportBreakdownLine({ periodKey: '2025-H1', rows: 5, inPeriod: 4, earlier: [{ month: '2024-12', rows: 1 }], later: [], undated: 0 })).toBe(
      'Отчёт за I пол. 2025: 5 строк — 4 мероприятия января–июня и 1 мероприятие декабря 2024 года, сообщённое с опозданием.',
    );
  });

  test('nothing to explain when every row starts in the report’s own period', () => {
    expect(reportBreakdownLine({ periodKey: '2025-Q3', rows: 6, inPeriod: 6, earlier: [], later: [], undated: 0 })).toBeUndefined();
  });

  test('where a quarter’s events come from, when several reports supply them', () => {
    expect(sourcesLine('III кв. 2025', [{ periodKey: '2025-Q3', events: 4 }, { periodKey: '2025-Q4', events: 15 }])).toBe(
      'Мероприятия III кв. 2025: 4 — из отчёта за III кв. 2025, 15 — из отчёта за IV кв. 2025.',
    );
    expect(sourcesLine('IV кв. 2025', [{ periodKey: '2025-Q4', events: 55 }])).toBeUndefined();
  });
});
