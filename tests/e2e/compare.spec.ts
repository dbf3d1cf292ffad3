import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectedEvents, expectedReport } from '../fixtures/expected/2025-Q4';
import { q3Rows, q4Rows } from '../fixtures/expected/2025-Q4-rows';
import { openPage, screenshots, testIdText, seriousViolations, useBrowser } from './fixtures';
import { chooseFilter, waitForCharts } from './chart-pages';

/*
 * Only the Q4 2025 report is loaded. Quarter of an event = quarter of its start date: q3Rows are the
 * 15 rows that start in September (quarter III, which has no report of its own), q4Rows the other 55
 * (tests/fixtures/expected/2025-Q4-rows.ts, checked by hand in tests/unit/fixtures).
 */
const CULTURE = expectedReport.spheres[7];
const count = (rows: typeof expectedEvents, test: (row: (typeof expectedEvents)[number]) => boolean) => rows.filter(test).length;
const inCulture = (row: (typeof expectedEvents)[number]) => row.sphere === CULTURE;
const CHOSEN = '/compare?a=2025-Q3&b=2025-Q4';

async function figure(page: Page, key: string, side: 'a' | 'b' | 'change' | 'share'): Promise<string> {
  return testIdText(page, `cmp-figure-${key}-${side}`);
}

async function countryCells(page: Page, code: string): Promise<string[]> {
  const cells = await page.getByTestId(`cmp-country-${code}`).locator('th, td').allTextContents();
  return cells.map((cell) => cell.trim());
}

/** Sentences of a summary: split after a full stop that ends a sentence. */
function sentences(text: string): string[] {
  return text.split(/(?<=\.)\s+(?=[А-ЯЁ])/u);
}

describe('comparison page, only the Q4 2025 report loaded', () => {
  const browser = useBrowser();

  test('by default nothing is compared with a quarter without its report: quarter IV alone, with a note', async () => {
    const { page, consoleErrors } = await openPage(browser, '/compare');
    expect(await page.locator('select#cmp-a-from').inputValue()).toBe('');
    expect(await page.locator('select#cmp-b-from').inputValue()).toBe('2025-Q4');
    expect(await testIdText(page, 'compare-single-note')).toBe('Загружен отчёт только за IV кв. 2025: сравнивать не с чем. Выберите период A или загрузите отчёт за другой квартал.');
    expect(await figure(page, 'events', 'b')).toBe(String(q4Rows.length));
    expect(await page.getByTestId('cmp-figure-events-change').count()).toBe(0);
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toMatch(/[+−]\d+\s?%/);
    expect(await testIdText(page, 'compare-summary')).toMatch(/^В IV квартале 2025 года проведено 55 мероприятий в 12 сферах сотрудничества; сравнивать не с чем/);
    expect(consoleErrors).toEqual([]);
  });

  test('the pickers offer quarter III marked as without its report', async () => {
    const { page } = await openPage(browser, '/compare');
    const options = await page.locator('select#cmp-a-from option').allTextContents();
    expect(options).toEqual(['— не выбран —', 'III кв. 2025 — нет отчёта', 'IV кв. 2025']);
  });

  test('quarter III chosen by hand: a warning, its known rows, and "н/д" instead of every change', async () => {
    const { page, consoleErrors } = await openPage(browser, CHOSEN);
    await waitForCharts(page);
    expect(await testIdText(page, 'compare-coverage-warning')).toBe(
      'Внимание: нет отчёта за III кв. 2025. Изменения не вычисляются, выводы о росте или снижении по этим данным делать нельзя.',
    );
    expect([await figure(page, 'events', 'a'), await figure(page, 'events', 'b')]).toEqual([String(q3Rows.length), String(q4Rows.length)]);
    expect([await figure(page, 'events', 'change'), await figure(page, 'events', 'share')]).toEqual(['н/д', 'н/д']);
    expect(await countryCells(page, 'BY')).toEqual(['Беларусь', '11', '39', 'н/д', 'Н/д: нет отчёта']);
    expect(await testIdText(page, 'cmp-shifts-unknown')).toContain('Не определяются');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toMatch(/[+−]\d+\s?%|\+\d{2}\b|Сильный рост|Новая страна/);
    expect(consoleErrors).toEqual([]);
  });

  test('quarter III chosen by hand: every sentence that speaks of it repeats that its report is missing', async () => {
    const { page } = await openPage(browser, CHOSEN);
    const summary = await testIdText(page, 'compare-summary');
    const aboutQ3 = sentences(summary).filter((sentence) => sentence.includes('III квартале'));
    expect(aboutQ3.length).toBeGreaterThanOrEqual(2);
    for (const sentence of aboutQ3) expect(sentence).toContain('нет отчёта за III кв. 2025');
    expect(summary).not.toMatch(/больше, чем|меньше, чем|выросло|Сократилось|которых не было/);
    expect(summary).toContain('Изменения по странам-партнёрам не определяются (нет отчёта за III кв. 2025).');
  });

  test('the URL holds the periods, and a reload keeps them', async () => {
    const { page, consoleErrors } = await openPage(browser, '/compare');
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
    // Quarters III–IV hold quarter III without its report: the figures are said to be incomplete.
    expect(await testIdText(page, 'compare-summary')).toMatch(/^В III–IV кварталах 2025 года известно 70 мероприятий/);
    expect(consoleErrors).toEqual([]);
  });

  test('a sphere filter applies to both periods and keeps the chosen periods', async () => {
    const { page } = await openPage(browser, CHOSEN);
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
    expect(await page.locator('select#cmp-a-from').inputValue()).toBe('');
  });

  test('without the Q4 2024 report, a one-line note replaces the year-over-year view', async () => {
    const { page } = await openPage(browser, CHOSEN);
    expect(await testIdText(page, 'compare-yoy-note')).toBe('Сравнение с тем же периодом прошлого года недоступно: нет загруженных отчётов за IV кв. 2024.');
    expect(await page.getByTestId('compare-yoy').count()).toBe(0);
  });

  test('a bar of period A opens the events of that period', async () => {
    const { page } = await openPage(browser, CHOSEN);
    await waitForCharts(page);
    await page.getByTestId('compare-countries').locator('.recharts-bar-rectangle').first().click();
    await page.waitForURL((url) => url.pathname === '/events');
    expect(new URL(page.url()).search).toBe('?from=2025-Q3&to=2025-Q3&country=BY');
  });

  test('has no serious accessibility violations', async () => {
    const { page } = await openPage(browser, CHOSEN);
    await waitForCharts(page);
    await page.locator('[data-testid="compare-map"] .country-shape').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'compare-uncovered');
    const single = await openPage(browser, '/compare');
    expect(await seriousViolations(single.page)).toEqual([]);
    await screenshots(single.page, 'compare');
  });
});
