/**
 * The data-quality page against the real Q4 2025 report. Read off the report by hand: 15 rows dated
 * (wholly or partly) in September, outside the report's quarter — 13, 16, 22–26, 43, 44, 59–62, 65, 66 —
 * and 3 rows whose place cell names only an oblast body or a district (18, 19, 50).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPage, screenshots, testIdText, seriousViolations, useBrowser } from './fixtures';

const OUTSIDE_PERIOD = [13, 16, 22, 23, 24, 25, 26, 43, 44, 59, 60, 61, 62, 65, 66];
const SEAT_ASSUMED = [18, 19, 50];

const browser = useBrowser();

const warningRows = (page: Page, code?: string) => page.locator(code ? `[data-testid="warning-row"][data-code="${code}"]` : '[data-testid="warning-row"]');
const rowNumbers = (page: Page, code: string) => warningRows(page, code).evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector('td.num')?.textContent)));
const countOf = async (page: Page, code: string) => (await page.locator(`[data-testid="warning-counts"] tr[data-code="${code}"] td.num`).textContent())?.trim();

describe('data quality page', () => {
  test('18 warnings: 15 dates outside the quarter and 3 assumed seats, each with its row', async () => {
    const { page, consoleErrors } = await openPage(browser, '/quality');
    expect(await warningRows(page).count()).toBe(18);
    expect(await countOf(page, 'date_outside_period')).toBe('15');
    expect(await countOf(page, 'place_seat_assumed')).toBe('3');
    expect(await testIdText(page, 'quality-counts')).toContain('18 предупреждений');
    expect(await rowNumbers(page, 'date_outside_period')).toEqual(OUTSIDE_PERIOD);
    expect(await rowNumbers(page, 'place_seat_assumed')).toEqual(SEAT_ASSUMED);
    await screenshots(page, 'quality');
    expect(consoleErrors).toEqual([]);
  });

  test('a warning names its report text and links to its event', async () => {
    const { page } = await openPage(browser, '/quality');
    const row13 = warningRows(page, 'date_outside_period').first();
    expect(await row13.textContent()).toContain('28 сентября - 1 октября 2025 года');
    expect(await row13.textContent()).toContain('Даты вне отчётного квартала');
    await row13.getByRole('link').click();
    await page.waitForURL(/\/events\/\d+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('ИННОПРОМ. Беларусь');
  });

  test('look-alike rows of the report are listed side by side, not merged', async () => {
    // Read off the report: row 10 (economy) and row 42 (culture and tourism) are both the Belarusian
    // tourism business mission of 9–10 December; rows 18 and 19 share title and date.
    const { page } = await openPage(browser, '/quality');
    const pairs = await page.getByTestId('possible-duplicates').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td a')].map((a) => a.textContent?.replace(/\s+/g, ' ').trim())),
    );
    expect(pairs).toEqual([['2025-Q4, №10', '2025-Q4, №42'], ['2025-Q4, №18', '2025-Q4, №19']]);
  });

  test('postponed and cancelled events have their own list: the Q4 report has none', async () => {
    const { page } = await openPage(browser, '/quality');
    expect(await testIdText(page, 'quality-not-held')).toContain('Перенесённых и отменённых мероприятий нет.');
  });

  test('the stored report: IV квартал 2025, its file, 70 events from 86 table rows, none skipped', async () => {
    const { page } = await openPage(browser, '/quality');
    const report = await testIdText(page, 'reports-table');
    expect(report).toContain('IV квартал 2025');
    expect(report).toContain('smolensk-international-2025-Q4.txt');
    // 1 header + 14 section rows + 70 events + 1 closing line.
    expect(await page.getByTestId('reports-table').locator('tbody td.num').allTextContents()).toEqual(['70', '86']);
    expect(await page.getByTestId('rows-skipped').textContent()).toBe('нет');
  });

  test('filters apply: culture keeps the five September rows 22–26', async () => {
    const { page } = await openPage(browser, '/quality?sphere=culture-tourism');
    expect(await rowNumbers(page, 'date_outside_period')).toEqual([22, 23, 24, 25, 26]);
    expect(await warningRows(page, 'place_seat_assumed').count()).toBe(0);
    expect(await testIdText(page, 'active-filters')).toContain('Сфера: Культура и туризм');
  });

  test('has no serious accessibility violations', async () => {
    const { page } = await openPage(browser, '/quality');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
