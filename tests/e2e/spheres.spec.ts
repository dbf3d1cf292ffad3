import { describe, expect, test } from 'vitest';
import { expectedEvents, expectedReport } from '../fixtures/expected/2025-Q4';
import { openPage, screenshots, url, seriousViolations, useBrowser } from './fixtures';
import { categoryLabels, chooseFilter, figureValue, waitForCharts } from './chart-pages';
import { BELARUS_ROWS } from '../fixtures/expected/2025-Q4-rows';

const [ECONOMY] = expectedReport.spheres;
const CULTURE = expectedReport.spheres[7];
const cultureRows = expectedEvents.filter((row) => row.sphere === CULTURE).length;
const belarusEconomy = BELARUS_ROWS.filter((row) => row.sphere === ECONOMY);

const cell = (n: number) => `td:nth-child(${n})`;

describe('spheres pages', () => {
  const browser = useBrowser();

  test('the economic sphere: 10 events, 187 SME participations in 10 events', async () => {
    const { page, consoleErrors } = await openPage(browser, '/spheres');
    await waitForCharts(page);
    const row = page.getByTestId('sphere-row-economy');
    expect(await row.locator(cell(1)).textContent()).toBe(ECONOMY);
    expect(await row.locator(cell(2)).textContent()).toBe('10');
    expect(await row.locator(cell(3)).textContent()).toBe('187');
    expect(await row.locator(cell(4)).textContent()).toBe('10');
    expect(await page.getByTestId('sphere-row-culture-tourism').locator(cell(2)).textContent()).toBe(String(cultureRows));
    expect((await categoryLabels(page, 'chart-spheres'))[0]).toBe('Культура и туризм');
    expect(await categoryLabels(page, 'chart-sme')).toEqual(['Экономика']);
    expect(consoleErrors).toEqual([]);
  });

  test('a country in the filter bar narrows the counts, and a reload keeps it', async () => {
    const { page } = await openPage(browser, '/spheres');
    await waitForCharts(page);
    await chooseFilter(page, 'f-country', 'BY', 'country');
    const row = page.getByTestId('sphere-row-economy');
    await expect.poll(() => row.locator(cell(2)).textContent()).toBe(String(belarusEconomy.length));
    await page.reload({ waitUntil: 'networkidle' });
    expect(await row.locator(cell(3)).textContent()).toBe(String(belarusEconomy.reduce((sum, r) => sum + (r.smeCount ?? 0), 0)));
  });

  test('a sphere bar opens the events of that sphere', async () => {
    const { page } = await openPage(browser, '/spheres');
    await waitForCharts(page);
    await page.getByTestId('chart-spheres').locator('.recharts-bar-rectangle').first().click();
    await page.waitForURL((u) => u.pathname === '/events');
    expect(new URL(page.url()).search).toBe('?sphere=culture-tourism');
  });

  test('the economic sphere page lists its 10 events with their SMEs', async () => {
    const { page, consoleErrors } = await openPage(browser, '/spheres/economy');
    await waitForCharts(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(ECONOMY);
    expect(await figureValue(page, 'figure-events')).toBe(10);
    expect(await figureValue(page, 'figure-sme')).toBe(187);
    expect(await page.getByTestId('events-table').locator('tbody tr').count()).toBe(10);
    expect(consoleErrors).toEqual([]);
  });

  test.each(['unknown', 'Economy', 'econ%20omy'])('an unknown slug %s is a 404', async (slug) => {
    expect((await fetch(url(`/spheres/${slug}`))).status).toBe(404);
  });

  test.each([
    ['/spheres', 'spheres'],
    ['/spheres/economy', 'sphere-economy'],
  ])('%s has no serious accessibility violations', async (route, name) => {
    const { page } = await openPage(browser, route);
    await waitForCharts(page);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, name);
  });
});
