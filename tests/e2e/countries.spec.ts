import { describe, expect, test } from 'vitest';
import { expectedReport } from '../fixtures/expected/2025-Q4';
import { openPage, screenshots, url, seriousViolations, useBrowser } from './fixtures';
import { categoryLabels, chooseFilter, figureValue, waitForCharts } from './chart-pages';
import { BELARUS_ROWS } from '../fixtures/expected/2025-Q4-rows';

const ECONOMY = expectedReport.spheres[0];
const belarusSme = BELARUS_ROWS.reduce((sum, row) => sum + (row.smeCount ?? 0), 0);
const belarusEconomyRows = BELARUS_ROWS.filter((row) => row.sphere === ECONOMY).length;

const cell = (row: number) => `td:nth-child(${row})`;

describe('countries pages', () => {
  const browser = useBrowser();

  test('ranks Belarus first, by events and by SME participation', async () => {
    const { page, consoleErrors } = await openPage(browser, '/countries');
    await waitForCharts(page);
    const row = page.getByTestId('country-row-BY');
    expect(await row.locator(cell(3)).textContent()).toBe(String(BELARUS_ROWS.length));
    expect(await row.locator(cell(5)).textContent()).toBe(String(belarusSme));
    expect((await categoryLabels(page, 'chart-countries'))[0]).toBe('Беларусь');
    expect((await categoryLabels(page, 'chart-sme'))[0]).toBe('Беларусь');
    expect(consoleErrors).toEqual([]);
  });

  test('a sphere in the filter bar narrows the counts, and a reload keeps it', async () => {
    const { page } = await openPage(browser, '/countries');
    await waitForCharts(page);
    await chooseFilter(page, 'f-sphere', 'economy', 'sphere');
    const eventsCell = page.getByTestId('country-row-BY').locator(cell(3));
    await expect.poll(() => eventsCell.textContent()).toBe(String(belarusEconomyRows));
    await page.reload({ waitUntil: 'networkidle' });
    expect(await eventsCell.textContent()).toBe(String(belarusEconomyRows));
  });

  test('the Belarus bar opens the events with Belarus', async () => {
    const { page } = await openPage(browser, '/countries');
    await waitForCharts(page);
    await page.getByTestId('chart-countries').locator('.recharts-bar-rectangle').first().click();
    await page.waitForURL((u) => u.pathname === '/events');
    expect(new URL(page.url()).search).toBe('?country=BY');
  });

  test('the Belarus page lists its events', async () => {
    const { page, consoleErrors } = await openPage(browser, '/countries/BY');
    await waitForCharts(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Беларусь');
    expect(await figureValue(page, 'figure-events')).toBe(BELARUS_ROWS.length);
    expect(await figureValue(page, 'figure-sme')).toBe(belarusSme);
    expect(await page.getByTestId('events-table').locator('tbody tr').count()).toBe(BELARUS_ROWS.length);
    // A drill-down keeps its filters: the event's page returns to the events with Belarus.
    expect(await page.getByTestId('events-table').locator('tbody tr a').first().getAttribute('href')).toMatch(/^\/events\/\d+\?country=BY$/);
    expect(consoleErrors).toEqual([]);
  });

  test.each(['XX', 'by', 'BYR'])('an unknown code %s is a 404', async (code) => {
    const response = await fetch(url(`/countries/${code}`));
    expect(response.status).toBe(404);
  });

  test.each([
    ['/countries', 'countries'],
    ['/countries/BY', 'country-BY'],
  ])('%s has no serious accessibility violations', async (route, name) => {
    const { page } = await openPage(browser, route);
    await waitForCharts(page);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, name);
  });
});
