import { describe, expect, test } from 'vitest';
import { expectedReport } from '../fixtures/expected/2025-Q4';
import { openPage, screenshots, seriousViolations, useBrowser } from './fixtures';
import { BELARUS_ROWS, chooseFilter, figureValue, waitForCharts } from './chart-pages';

// Read off the report: 70 rows; SME counts only in rows 1–10 (4+3+4+4+3+38+28+29+3+71 = 187).
const TOTAL_EVENTS = 70;
const ECONOMY_EVENTS = 10;
const SME_PARTICIPATIONS = 187;
const [ECONOMY] = expectedReport.spheres;
const CULTURE = expectedReport.spheres[7];

describe('overview page', () => {
  const browser = useBrowser();

  test('shows the key figures of the report', async () => {
    const { page, consoleErrors } = await openPage(browser, '/');
    await waitForCharts(page);
    expect(await figureValue(page, 'figure-events')).toBe(TOTAL_EVENTS);
    expect(await figureValue(page, 'figure-sme')).toBe(SME_PARTICIPATIONS);
    expect(await figureValue(page, 'figure-events-with-sme')).toBe(ECONOMY_EVENTS);
    expect(consoleErrors).toEqual([]);
  });

  test('the summary speaks of the loaded report with the same figures', async () => {
    const { page } = await openPage(browser, '/');
    const summary = (await page.getByTestId('overview-summary').textContent()) ?? '';
    expect(summary).toMatch(/^По данным загруженных отчётов \(IV квартал 2025 года\) проведено 70 мероприятий/);
    expect(summary).toContain(`Беларусь (${BELARUS_ROWS.length})`);
    expect(summary).toContain('Участий субъектов МСП: 187 (в 10 мероприятиях)');
  });

  test('one quarter in the filters turns the summary to "в IV квартале"', async () => {
    const { page } = await openPage(browser, '/?from=2025-Q4&to=2025-Q4');
    expect(await page.getByTestId('overview-summary').textContent()).toMatch(/^В IV квартале 2025 года проведено/);
  });

  test('choosing a sphere filters the figures, and a reload keeps them', async () => {
    const { page, consoleErrors } = await openPage(browser, '/');
    await waitForCharts(page);
    await chooseFilter(page, 'f-sphere', 'economy', 'sphere');
    expect(new URL(page.url()).search).toBe('?sphere=economy');
    await expect.poll(() => figureValue(page, 'figure-events')).toBe(ECONOMY_EVENTS);
    expect(await figureValue(page, 'figure-sme')).toBe(SME_PARTICIPATIONS);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await figureValue(page, 'figure-events')).toBe(ECONOMY_EVENTS);
    expect(await page.locator('select#f-sphere').inputValue()).toBe('economy');
    expect(consoleErrors).toEqual([]);
  });

  test('the Belarus bar opens the events with Belarus', async () => {
    const { page } = await openPage(browser, '/');
    await waitForCharts(page);
    const chart = page.getByTestId('chart-countries');
    expect(await chart.locator('.recharts-yAxis-tick-labels text').first().textContent()).toBe('Беларусь');
    await chart.locator('.recharts-bar-rectangle').first().click();
    await page.waitForURL((url) => url.pathname === '/events');
    expect(new URL(page.url()).search).toBe('?country=BY');
  });

  test('tooltips give the full sphere header and the quarter total', async () => {
    const { page } = await openPage(browser, '/');
    await waitForCharts(page);
    await page.getByTestId('chart-spheres').locator('.recharts-bar-rectangle').first().hover();
    expect(await page.getByTestId('chart-spheres').locator('.chart-tooltip').textContent()).toBe(`${CULTURE}21 мероприятие`);
    // Series run from the sphere with most events (culture 21, education 11, economy 10): the third
    // series' only segment is the economic sphere in IV quarter (rows 1–10), of 55 events started in that quarter.
    await page.getByTestId('chart-trend').locator('.recharts-bar').nth(2).locator('.recharts-rectangle').first().hover();
    expect(await page.getByTestId('chart-trend').locator('.chart-tooltip').textContent()).toBe(`IV кв. 2025${ECONOMY}: 10 мероприятийВсего за квартал: 55 мероприятий`);
  });

  test('a key figure links to the events behind it', async () => {
    const { page } = await openPage(browser, '/');
    expect(await page.getByRole('link', { name: /участий субъектов МСП/ }).getAttribute('href')).toBe('/events?has=sme');
  });

  test('has no serious accessibility violations', async () => {
    const { page } = await openPage(browser, '/');
    await waitForCharts(page);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'overview');
  });
});
