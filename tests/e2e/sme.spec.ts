import { describe, expect, test } from 'vitest';
import { openPage, screenshots, seriousViolations, useBrowser } from './fixtures';
import { categoryLabels, chooseFilter, figureValue, waitForCharts } from './chart-pages';
import { BELARUS_ROWS, SME_COUNTS } from '../fixtures/expected/2025-Q4-rows';

const belarusWithSme = BELARUS_ROWS.filter((row) => (row.smeCount ?? 0) > 0);

describe('SME page', () => {
  const browser = useBrowser();

  test('187 SME participations in 10 events, each listed with its count', async () => {
    const { page, consoleErrors } = await openPage(browser, '/sme');
    await waitForCharts(page);
    expect(await figureValue(page, 'figure-sme')).toBe(187);
    expect(await figureValue(page, 'figure-events-with-sme')).toBe(10);
    const counts = await page.getByTestId('events-table').locator('tbody td:nth-last-child(2)').allTextContents();
    expect(counts.map(Number).sort((a, b) => a - b)).toEqual([...SME_COUNTS].sort((a, b) => a - b));
    expect(await categoryLabels(page, 'chart-countries')).toContain('Беларусь');
    // Quarter III is drawn (hatched, no SMEs among its September rows) and marked as without its report.
    expect(await page.getByTestId('chart-quarters').locator('.recharts-xAxis-tick-labels text').allTextContents()).toEqual(['III кв. 2025нет отчёта', 'IV кв. 2025']);
    expect(consoleErrors).toEqual([]);
  });

  test('a country in the filter bar narrows the figures, and a reload keeps it', async () => {
    const { page } = await openPage(browser, '/sme');
    await waitForCharts(page);
    await chooseFilter(page, 'f-country', 'BY', 'country');
    expect(new URL(page.url()).search).toBe('?country=BY');
    await expect.poll(() => figureValue(page, 'figure-events-with-sme')).toBe(belarusWithSme.length);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await figureValue(page, 'figure-sme')).toBe(belarusWithSme.reduce((sum, row) => sum + (row.smeCount ?? 0), 0));
  });

  test('the Belarus bar opens the Belarus events with SMEs', async () => {
    const { page } = await openPage(browser, '/sme');
    await waitForCharts(page);
    const chart = page.getByTestId('chart-countries');
    expect((await categoryLabels(page, 'chart-countries'))[0]).toBe('Беларусь');
    await chart.locator('.recharts-bar-rectangle').first().click();
    await page.waitForURL((u) => u.pathname === '/events');
    const params = new URL(page.url()).searchParams;
    expect([params.get('country'), params.get('has')]).toEqual(['BY', 'sme']);
  });

  test('has no serious accessibility violations', async () => {
    const { page } = await openPage(browser, '/sme');
    await waitForCharts(page);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'sme');
  });
});
