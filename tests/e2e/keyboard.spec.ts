import { describe, expect, test } from 'vitest';
import { expectedEvents, expectedReport } from '../fixtures/expected/2025-Q4';
import { BELARUS_ROWS } from '../fixtures/expected/2025-Q4-rows';
import { waitForCharts } from './chart-pages';
import { openPage, useBrowser } from './fixtures';

const browser = useBrowser();

const focusedName = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);

describe('the dashboard by keyboard alone', () => {
  test('Tab from the countries card menu reaches the first bar, named for screen readers; Enter opens its events', async () => {
    // The report's own view: all 70 rows (the overview itself opens on quarter IV).
    const { page } = await openPage(browser, '/?report=2025-Q4');
    await waitForCharts(page);
    await page.getByTestId('chart-countries').locator('.export-menu summary').focus();
    await page.keyboard.press('Tab');
    // Belarus: the partner country of 50 of the report's rows (read by hand).
    expect(BELARUS_ROWS.length).toBe(50);
    expect(await focusedName(page)).toBe('Беларусь: 50 мероприятий');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Узбекистан: 6 мероприятий');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL((current) => current.pathname === '/events' && current.searchParams.get('country') === 'BY');
    await page.close();
  });

  test('the "Прочие (7)" bar is a named link too: Enter lists the events of the seven countries it gathers', async () => {
    const { page } = await openPage(browser, '/?report=2025-Q4');
    await waitForCharts(page);
    // Read off the report: 17 partner countries; the seven after the first ten are named in `rest` rows together.
    const counts = new Map<string, number>();
    for (const code of expectedEvents.flatMap((event) => event.countries.filter((country) => country !== 'RU'))) counts.set(code, (counts.get(code) ?? 0) + 1);
    const rest = [...counts.values()].sort((a, b) => b - a).slice(10);
    expect(rest).toHaveLength(7);
    const sum = rest.reduce((total, n) => total + n, 0);
    const others = page.getByTestId('chart-countries').getByRole('link', { name: `Прочие (7): ${sum} мероприятий` });
    await others.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((current) => current.pathname === '/events' && (current.searchParams.get('country') ?? '').split(',').length === 7);
    await page.close();
  });

  test('Space on a segment of the quarter chart opens that sphere and quarter', async () => {
    const { page } = await openPage(browser, '/');
    await waitForCharts(page);
    const culture = expectedReport.spheres[7]!;
    const inQ4 = expectedEvents.filter((event) => event.sphere === culture && event.startDate >= '2025-10-01').length;
    const segment = page.getByTestId('chart-trend').getByRole('link', { name: `${culture}, IV кв. 2025: ${inQ4} мероприятий` });
    await segment.focus();
    await page.keyboard.press(' ');
    await page.waitForURL((current) => current.pathname === '/events' && current.searchParams.get('from') === '2025-Q4' && current.searchParams.get('to') === '2025-Q4');
    expect(new URL(page.url()).searchParams.getAll('sphere').length).toBe(1);
    await page.close();
  });

  test('Tab through a chart stops only on named bars, never on unnamed SVG layers', async () => {
    const { page } = await openPage(browser, '/?report=2025-Q4');
    await waitForCharts(page);
    await page.getByTestId('chart-trend').locator('.export-menu summary').focus();
    const stops: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const active = document.activeElement;
        return active?.closest('[data-testid="chart-trend"] .chart') ? (active.getAttribute('aria-label') ?? '') : null;
      });
      if (stop === null) break;
      stops.push(stop);
    }
    // One stop per segment: the report's events fall in two quarters (III and IV 2025).
    expect(stops.length).toBeGreaterThan(7);
    expect(stops.filter((name) => !/: \d+ мероприят/.test(name))).toEqual([]);
    await page.close();
  });

  test('on the comparison, a period bar is a named link: Enter opens that country in that period', async () => {
    // Only the Q4 report is loaded: quarter III is chosen explicitly (the page compares nothing by default).
    const { page } = await openPage(browser, '/compare?a=2025-Q3&b=2025-Q4');
    await waitForCharts(page);
    // Belarus in IV quarter 2025: its rows of the report that start on or after 1 October.
    const inQ4 = BELARUS_ROWS.filter((event) => event.startDate >= '2025-10-01').length;
    const bar = page.getByTestId('compare-countries').getByRole('link', { name: `Беларусь, IV кв. 2025: ${inQ4} мероприятий` });
    await bar.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((current) => current.pathname === '/events' && current.searchParams.get('country') === 'BY' && current.searchParams.get('from') === '2025-Q4');
    await page.close();
  });

  test('an arrow key on a closed filter select does not navigate; Enter applies the choice', async () => {
    const { page } = await openPage(browser, '/?report=2025-Q4');
    await page.locator('#f-format').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(800);
    expect(new URL(page.url()).search).toBe('?report=2025-Q4');
    await page.keyboard.press('Enter');
    await page.waitForURL((current) => current.searchParams.get('format') === 'in_person');
    await page.close();
  });
});
