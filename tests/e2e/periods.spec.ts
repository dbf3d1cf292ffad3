/**
 * Two reports loaded — the real Q4 2025 report and the test Q3 2025 report — and the same quarter
 * gives the same number on every page, file and deck. Read off the reports: quarter III holds the Q4
 * report's 15 September rows and the Q3 report's rows 2, 4, 5, 6 (rows 1 and 3 are the Q4 report's
 * rows 13 and 25, counted once): 19 events; quarter IV holds 55.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deleteReportAsAdmin } from './auth';
import { figureValue, waitForCharts } from './chart-pages';
import { openPage, screenshots, testIdText, url, useBrowser } from './fixtures';
import { ingestIntoServer, TEST_REPORT_FILES } from './reports';

const Q3_EVENTS = 15 + 4;
const Q4_EVENTS = 55;

describe('two reports: every page, file and deck agrees on each quarter', () => {
  const browser = useBrowser();
  beforeAll(() => ingestIntoServer(TEST_REPORT_FILES.q3_2025));
  afterAll(() => deleteReportAsAdmin('2025-Q3'));

  test('overview: quarter IV with its change against quarter III, which now has its report', async () => {
    const { page } = await openPage(browser, '/');
    expect(new URL(page.url()).search).toBe('?from=2025-Q4&to=2025-Q4');
    expect(await figureValue(page, 'figure-events')).toBe(Q4_EVENTS);
    expect((await page.getByTestId('figure-events').locator('..').getByTestId('figure-delta').allTextContents()).map((text) => text.trim())).toEqual(['▲ 36 (+189 %) к III кв. 2025']);
    expect(await testIdText(page, 'overview-summary')).toMatch(/^В IV квартале 2025 года проведено 55 мероприятий — на 36 больше, чем в III квартале 2025 года \(19\)\./);
    await waitForCharts(page);
    await screenshots(page, 'overview-two-reports');
  });

  test('quarter III is 19 on the overview, the events page, the comparison and in the files', async () => {
    const overview = await openPage(browser, '/?from=2025-Q3&to=2025-Q3');
    expect(await figureValue(overview.page, 'figure-events')).toBe(Q3_EVENTS);
    expect(await testIdText(overview.page, 'report-sources')).toBe('Мероприятия III кв. 2025: 4 — из отчёта за III кв. 2025, 15 — из отчёта за IV кв. 2025.');
    const events = await openPage(browser, '/events?from=2025-Q3&to=2025-Q3');
    expect(await testIdText(events.page, 'events-count')).toBe(`Найдено ${Q3_EVENTS} мероприятий`);
    const compare = await openPage(browser, '/compare');
    expect(await testIdText(compare.page, 'cmp-figure-events-a')).toBe(String(Q3_EVENTS));
    expect(await testIdText(compare.page, 'cmp-figure-events-b')).toBe(String(Q4_EVENTS));
    const csv = await (await fetch(url('/api/export/events?from=2025-Q3&to=2025-Q3&file=csv'))).text();
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + Q3_EVENTS);
    const trend = (await (await fetch(url('/api/export/trend?file=csv'))).text()).trimEnd().split('\r\n');
    expect(trend.slice(1).map((line) => [line.split(';')[0], line.split(';')[1], line.split(';').at(-1)])).toEqual([
      ['III кв. 2025', 'отчёт загружен', String(Q3_EVENTS)],
      ['IV кв. 2025', 'отчёт загружен', String(Q4_EVENTS)],
    ]);
    const figures = (await (await fetch(url('/api/export/compare-figures?file=csv'))).text()).split('\r\n')[1];
    expect(figures).toBe(`Мероприятия;${Q3_EVENTS};${Q4_EVENTS};36;189`);
  });
});
