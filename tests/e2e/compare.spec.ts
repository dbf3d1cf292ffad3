import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectedEvents, expectedReport } from '../fixtures/expected/2025-Q4';
import { q3Rows, q4Rows } from '../fixtures/expected/2025-Q4-rows';
import { openPage, screenshots, testIdText, seriousViolations, useBrowser } from './fixtures';
import { chooseFilter, waitForCharts } from './chart-pages';

// Quarter of an event = quarter of its start date: 15 rows of the report start in September (quarter III).
const CULTURE = expectedReport.spheres[7];
const count = (rows: typeof expectedEvents, test: (row: (typeof expectedEvents)[number]) => boolean) => rows.filter(test).length;
const inCulture = (row: (typeof expectedEvents)[number]) => row.sphere === CULTURE;

async function figure(page: Page, key: string, side: 'a' | 'b' | 'change'): Promise<string> {
  return testIdText(page, `cmp-figure-${key}-${side}`);
}

async function countryCells(page: Page, code: string): Promise<string[]> {
  const cells = await page.getByTestId(`cmp-country-${code}`).locator('th, td').allTextContents();
  return cells.map((cell) => cell.trim());
}

describe('comparison page', () => {
  const browser = useBrowser();

  test('by default, the latest quarter is compared with the one before', async () => {
    const { page, consoleErrors } = await openPage(browser, '/compare');
    await waitForCharts(page);
    expect(await page.locator('select#cmp-a-from').inputValue()).toBe('2025-Q3');
    expect(await page.locator('select#cmp-a-to').inputValue()).toBe('2025-Q3');
    expect(await page.locator('select#cmp-b-from').inputValue()).toBe('2025-Q4');
    expect(await figure(page, 'events', 'a')).toBe(String(q3Rows.length));
    expect(await figure(page, 'events', 'b')).toBe(String(q4Rows.length));
    expect(await figure(page, 'events', 'change')).toBe(`+${q4Rows.length - q3Rows.length}`);
    // SMEs only in rows 1–10 (quarter IV): 4+3+4+4+3+38+28+29+3+71.
    expect([await figure(page, 'smeParticipations', 'a'), await figure(page, 'smeParticipations', 'b')]).toEqual(['0', '187']);
    expect(await countryCells(page, 'BY')).toEqual(['Беларусь', '11', '39', '+28', 'Сильный рост']);
    // China: row 60 in September; rows 2, 29, 49, 64 later: +300 %, but only 3 events more.
    expect(await countryCells(page, 'CN')).toEqual(['КНР', '1', '4', '+3', 'Умеренный рост']);
    expect(await testIdText(page, 'cmp-new-countries')).toContain('Узбекистан');
    expect(await testIdText(page, 'cmp-gone-countries')).toContain('нет');
    expect(consoleErrors).toEqual([]);
  });

  test('the summary speaks of quarter IV against quarter III with the same figures', async () => {
    const { page } = await openPage(browser, '/compare');
    const summary = await testIdText(page, 'compare-summary');
    expect(summary).toMatch(/^В IV квартале 2025 года проведено 55 мероприятий в \d+ сферах сотрудничества — на 40 больше, чем в III квартале 2025 года \(15\)\./);
    expect(summary).toContain('Беларусь (39)');
    expect(summary).toContain('Участий субъектов МСП: 187 (в 10 мероприятиях), в III квартале 2025 года — 0.');
    expect(summary).toContain('Заметно выросло число мероприятий со странами: Беларусь (11 → 39).');
  });

  test('the URL holds the periods, and a reload keeps them', async () => {
    const { page, consoleErrors } = await openPage(browser, '/compare');
    await waitForCharts(page);
    await page.locator('select#cmp-a-from').selectOption('2025-Q4');
    await page.waitForURL((url) => url.searchParams.get('a') === '2025-Q4');
    expect(new URL(page.url()).search).toBe('?a=2025-Q4&b=2025-Q4');
    await page.getByRole('button', { name: 'Поменять местами' }).click();
    await page.locator('select#cmp-b-from').selectOption('2025-Q3');
    await page.waitForURL((url) => url.searchParams.get('bFrom') === '2025-Q3');
    expect(new URL(page.url()).search).toBe('?a=2025-Q4&bFrom=2025-Q3&bTo=2025-Q4');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await figure(page, 'events', 'a')).toBe(String(q4Rows.length));
    expect(await figure(page, 'events', 'b')).toBe(String(expectedEvents.length));
    expect(await page.locator('select#cmp-b-to').inputValue()).toBe('2025-Q4');
    expect(await testIdText(page, 'compare-summary')).toMatch(/^В III–IV кварталах 2025 года проведено 70 мероприятий/);
    expect(consoleErrors).toEqual([]);
  });

  test('a sphere filter applies to both periods and keeps the chosen periods', async () => {
    const { page } = await openPage(browser, '/compare?a=2025-Q3&b=2025-Q4');
    await waitForCharts(page);
    await chooseFilter(page, 'f-sphere', 'culture-tourism', 'sphere');
    const params = new URL(page.url()).searchParams;
    expect([params.get('a'), params.get('b')]).toEqual(['2025-Q3', '2025-Q4']);
    await expect.poll(() => figure(page, 'events', 'a')).toBe(String(count(q3Rows, inCulture)));
    expect(await figure(page, 'events', 'b')).toBe(String(count(q4Rows, inCulture)));
  });

  test('invalid periods are ignored with a notice, and the quarter filters of other pages are hidden', async () => {
    const { page } = await openPage(browser, '/compare?a=2025-Q9&from=2025-Q4');
    expect(await page.getByRole('status').filter({ hasText: 'Некорректные значения периодов' }).textContent()).toContain(': a');
    expect(await page.locator('select#f-from').count()).toBe(0);
    expect(await figure(page, 'events', 'a')).toBe(String(q3Rows.length));
  });

  test('without the same quarter of 2024 loaded, a one-line note replaces the year-over-year view', async () => {
    const { page } = await openPage(browser, '/compare');
    expect(await testIdText(page, 'compare-yoy-note')).toContain('IV кв. 2024');
    expect(await page.getByTestId('compare-yoy').count()).toBe(0);
  });

  test('a bar of period A opens the events of that period', async () => {
    const { page } = await openPage(browser, '/compare');
    await waitForCharts(page);
    await page.getByTestId('compare-countries').locator('.recharts-bar-rectangle').first().click();
    await page.waitForURL((url) => url.pathname === '/events');
    expect(new URL(page.url()).search).toBe('?from=2025-Q3&to=2025-Q3&country=BY');
  });

  test('has no serious accessibility violations', async () => {
    const { page } = await openPage(browser, '/compare');
    await waitForCharts(page);
    await page.locator('[data-testid="compare-map"] .country-shape').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'compare');
  });
});
