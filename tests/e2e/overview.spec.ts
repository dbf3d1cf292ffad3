import { describe, expect, test } from 'vitest';
import { expectedEvents, expectedReport } from '../fixtures/expected/2025-Q4';
import { openPage, screenshots, seriousViolations, testIdText, useBrowser } from './fixtures';
import { chooseFilter, figureValue, multiFilterText, waitForCharts } from './chart-pages';
import { BELARUS_ROWS, QUARTER_III_SEQS } from '../fixtures/expected/2025-Q4-rows';

/*
 * Only the Q4 2025 report is loaded. Read off the report: 70 rows, 55 start in October–December
 * (quarter IV), 15 in September; SME counts only in rows 1–10 (4+3+4+4+3+38+28+29+3+71 = 187),
 * all in quarter IV; Belarus is named in 39 of the quarter-IV rows.
 */
const Q4_EVENTS = expectedEvents.filter((row) => !QUARTER_III_SEQS.includes(row.seq));
const ECONOMY_EVENTS = 10;
const SME_PARTICIPATIONS = 187;
const [ECONOMY] = expectedReport.spheres;
const CULTURE = expectedReport.spheres[7];

describe('overview page, only the Q4 2025 report loaded', () => {
  const browser = useBrowser();

  test('the hand counts behind the expectations', () => {
    expect(Q4_EVENTS).toHaveLength(55);
    expect(Q4_EVENTS.filter((row) => row.countries.includes('BY'))).toHaveLength(39);
  });

  test('opens on the latest quarter that has its report, not on the sum of all reports', async () => {
    const { page, consoleErrors } = await openPage(browser, '/');
    await waitForCharts(page);
    expect(new URL(page.url()).search).toBe('?from=2025-Q4&to=2025-Q4');
    expect(await figureValue(page, 'figure-events')).toBe(55);
    expect(await figureValue(page, 'figure-sme')).toBe(SME_PARTICIPATIONS);
    expect(await figureValue(page, 'figure-events-with-sme')).toBe(ECONOMY_EVENTS);
    // 10 of 55 events with SMEs.
    expect(await testIdText(page, 'figure-sme-share')).toBe('18 %');
    expect(consoleErrors).toEqual([]);
  });

  test('no change is shown against quarter III (no report) or IV 2024 (not loaded), and the page says why', async () => {
    const { page } = await openPage(browser, '/');
    expect(await page.getByTestId('figure-delta').count()).toBe(0);
    expect(await testIdText(page, 'baseline-notes')).toBe(
      'Изменение к предыдущему кварталу не показано: нет отчёта за III кв. 2025. Изменение к тому же периоду прошлого года не показано: нет отчёта за IV кв. 2024.',
    );
  });

  test('says why quarter IV is 55 events when its report has 70 rows, beside the report’s own closing line', async () => {
    const { page } = await openPage(browser, '/');
    expect(await testIdText(page, 'report-breakdown')).toBe('Отчёт за IV кв. 2025: 70 строк — 55 мероприятий октября–декабря и 15 сентябрьских, сообщённых с опозданием.');
    expect(await testIdText(page, 'report-closing')).toContain(`«${expectedReport.summary}»`);
  });

  test('the summary leads with the quarter, its partners and its SMEs', async () => {
    const { page } = await openPage(browser, '/');
    const summary = await testIdText(page, 'overview-summary');
    expect(summary).toMatch(/^В IV квартале 2025 года проведено 55 мероприятий; сравнить с предыдущим кварталом нельзя: нет отчёта за III кв\. 2025\. /);
    expect(summary).toContain(`Основные страны-партнёры: Беларусь (39)`);
    expect(summary).toContain('Субъекты МСП участвовали в 10 мероприятиях из 55 (18 %), участий — 187');
  });

  test('the report view: 70 rows as the report states them', async () => {
    const { page } = await openPage(browser, '/?report=2025-Q4');
    expect(await figureValue(page, 'figure-events')).toBe(expectedEvents.length);
    expect(await testIdText(page, 'overview-summary')).toMatch(/^В отчёте за IV квартал 2025 года указано 70 мероприятий/);
  });

  test('quarter III alone has no report: "н/д", not a count', async () => {
    const { page } = await openPage(browser, '/?from=2025-Q3&to=2025-Q3');
    expect(await testIdText(page, 'figure-events')).toBe('н/д');
    expect(await testIdText(page, 'coverage-notice')).toBe('За III кв. 2025 отчёт не загружен: известно только 15 мероприятий из отчёта за IV кв. 2025. Это не итоги периода.');
    await screenshots(page, 'overview-unreported');
  });

  test('a range of quarters with no report: "нет загруженных отчётов", not "0 мероприятий"', async () => {
    const { page } = await openPage(browser, '/?from=2025-Q1&to=2025-Q2');
    expect(await testIdText(page, 'overview-summary')).toBe('Нет загруженных отчётов за I–II кв. 2025.');
    expect(await testIdText(page, 'empty-result')).toContain('Нет загруженных отчётов за I–II кв. 2025.');
    expect(await page.locator('main').textContent()).not.toMatch(/(^|\D)0 мероприятий/);
  });

  test('the trend marks quarter III as without its report', async () => {
    const { page } = await openPage(browser, '/?from=2025-Q3&to=2025-Q4');
    await waitForCharts(page);
    expect(await page.getByTestId('chart-trend').locator('.recharts-xAxis-tick-labels text').allTextContents()).toEqual(['III кв. 2025нет отчёта', 'IV кв. 2025']);
    expect(await testIdText(page, 'trend-coverage-note')).toBe('Заштриховано — квартал без своего отчёта');
  });

  test('choosing a sphere filters the figures, and a reload keeps them', async () => {
    const { page, consoleErrors } = await openPage(browser, '/');
    await waitForCharts(page);
    await chooseFilter(page, 'f-sphere', 'economy', 'sphere');
    expect(new URL(page.url()).search).toBe('?from=2025-Q4&to=2025-Q4&sphere=economy');
    await expect.poll(() => figureValue(page, 'figure-events')).toBe(ECONOMY_EVENTS);
    expect(await figureValue(page, 'figure-sme')).toBe(SME_PARTICIPATIONS);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await figureValue(page, 'figure-events')).toBe(ECONOMY_EVENTS);
    expect(await multiFilterText(page, 'f-sphere')).toBe('Экономика');
    expect(consoleErrors).toEqual([]);
  });

  test('the Belarus bar opens the events with Belarus of the quarter', async () => {
    const { page } = await openPage(browser, '/');
    await waitForCharts(page);
    const chart = page.getByTestId('chart-countries');
    expect(await chart.locator('.recharts-yAxis-tick-labels text').first().textContent()).toBe('Беларусь');
    await chart.locator('.recharts-bar-rectangle').first().click();
    await page.waitForURL((url) => url.pathname === '/events');
    expect(new URL(page.url()).search).toBe('?from=2025-Q4&to=2025-Q4&country=BY');
  });

  test('tooltips give the full sphere header and the quarter total', async () => {
    const { page } = await openPage(browser, '/');
    await waitForCharts(page);
    await page.getByTestId('chart-spheres').locator('.recharts-bar-rectangle').first().hover();
    expect(await page.getByTestId('chart-spheres').locator('.chart-tooltip').textContent()).toBe(`${CULTURE}16 мероприятий`);
    // Each trend segment is a named link (KeyboardBar): the economic sphere in quarter IV (rows 1–10).
    await page.getByTestId('chart-trend').locator(`g.chart-bar[aria-label^="${ECONOMY}, IV кв. 2025"]`).hover();
    expect(await page.getByTestId('chart-trend').locator('.chart-tooltip').textContent()).toBe(`IV кв. 2025${ECONOMY}: 10 мероприятийВсего за квартал: 55 мероприятий`);
  });

  test('a key figure links to the events behind it', async () => {
    const { page } = await openPage(browser, '/');
    expect(await page.getByRole('link', { name: /участий субъектов МСП/ }).getAttribute('href')).toBe('/events?from=2025-Q4&to=2025-Q4&has=sme');
    expect(BELARUS_ROWS.length).toBe(50);
  });

  test('has no serious accessibility violations', async () => {
    const { page } = await openPage(browser, '/');
    await waitForCharts(page);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'overview');
  });
});
