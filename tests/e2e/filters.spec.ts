/**
 * Filters that say what they do, on the real Q4 2025 report: chips with Russian labels on every
 * page, several countries or spheres at once, unknown values flagged (never "Все"), an empty result
 * that names the filter that emptied it, drill-downs that keep their filters, the report and row of
 * every listed event, and a tab title per page.
 */
import { describe, expect, test } from 'vitest';
import { expectedEvents, expectedReport } from '../fixtures/expected/2025-Q4';
import { chooseFilter, multiFilterText } from './chart-pages';
import { openPage, screenshots, seriousViolations, testIdText, useBrowser } from './fixtures';

// Read off the report: rows naming Belarus, Kazakhstan, Serbia, Estonia; Estonia only in row 18 (labour).
const naming = (code: string) => expectedEvents.filter((row) => row.countries.includes(code));
const byOrKz = expectedEvents.filter((row) => row.countries.includes('BY') || row.countries.includes('KZ'));
const ECONOMY = expectedReport.spheres[0];
const estoniaEconomy = naming('EE').filter((row) => row.sphere === ECONOMY);

const chips = async (page: import('playwright-core').Page) => (await page.getByTestId('filter-chip').allTextContents()).map((text) => text.replace('×', '').trim());

describe('filters that say what they do', () => {
  const browser = useBrowser();

  test('the hand counts behind the expectations', () => {
    expect([naming('BY').length, naming('KZ').length, byOrKz.length]).toEqual([50, 3, 51]);
    expect(estoniaEconomy).toHaveLength(0);
  });

  test.each(['/countries', '/spheres', '/sme', '/map', '/events', '/compare', '/?from=2025-Q4&to=2025-Q4'])('%s shows every active filter as a chip with its Russian label', async (route) => {
    const { page } = await openPage(browser, `${route}${route.includes('?') ? '&' : '?'}country=BY&kind=forum`);
    expect(await chips(page)).toEqual(expect.arrayContaining(['Страна: Беларусь', 'Вид мероприятия: Форум, слёт']));
  });

  test('two countries at once: ticked in the filter, both chips, the events of either', async () => {
    const { page, consoleErrors } = await openPage(browser, '/events');
    await chooseFilter(page, 'f-country', 'BY', 'country');
    await chooseFilter(page, 'f-country', 'KZ', 'country');
    expect(new URL(page.url()).searchParams.get('country')).toBe('BY,KZ');
    expect(await multiFilterText(page, 'f-country')).toBe('Беларусь, Казахстан');
    await expect.poll(() => testIdText(page, 'events-count')).toBe(`Найдено ${byOrKz.length} мероприятие`);
    expect(await chips(page)).toEqual(['Страна: Беларусь', 'Страна: Казахстан']);
    await screenshots(page, 'filters-multi');
    await page.getByRole('link', { name: 'Убрать фильтр «Страна: Казахстан»' }).click();
    await page.waitForURL((url) => url.searchParams.get('country') === 'BY');
    expect(await testIdText(page, 'events-count')).toBe(`Найдено ${naming('BY').length} мероприятий`);
    expect(consoleErrors).toEqual([]);
  });

  test('a country the data does not hold is flagged, not "Все"', async () => {
    const { page } = await openPage(browser, '/countries?country=XX');
    expect(await multiFilterText(page, 'f-country')).toBe('⚠ нет в данных: XX');
    expect(await chips(page)).toEqual(['Страна: ⚠ нет в данных: XX']);
  });

  test('an empty result names the filter that emptied it and offers to drop it', async () => {
    const { page } = await openPage(browser, '/events?country=EE&sphere=economy');
    const culprits = await page.getByTestId('empty-culprit').allTextContents();
    expect(culprits.map((text) => text.trim())).toEqual([
      `Без фильтра «Страна: Эстония» — 10 мероприятий. Убрать «Страна: Эстония»`,
      `Без фильтра «Сфера: Экономика» — ${naming('EE').length} мероприятие. Убрать «Сфера: Экономика»`,
    ]);
    await screenshots(page, 'filters-empty');
    await page.getByRole('link', { name: 'Убрать «Сфера: Экономика»' }).click();
    await page.waitForURL((url) => url.searchParams.get('sphere') === null);
    expect(await testIdText(page, 'events-count')).toBe(`Найдено ${naming('EE').length} мероприятие`);
  });

  test('the events table gives each row its report and row number, and an event keeps the list’s filters', async () => {
    const { page } = await openPage(browser, '/events?country=RS');
    const rows = (await page.getByTestId('event-report-row').allTextContents()).map((text) => text.trim());
    expect(rows).toEqual(naming('RS').map((row) => `IV кв. 2025, стр. ${row.seq}`));
    await page.getByTestId('events-table').locator('tbody tr a').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/events/') && url.searchParams.get('country') === 'RS');
    expect(await page.getByTestId('event-back').getAttribute('href')).toBe('/events?country=RS');
    expect(await chips(page)).toEqual(['Страна: Сербия']);
  });

  test('every page has its own tab title', async () => {
    const titles: string[] = [];
    for (const route of ['/', '/map', '/countries', '/countries/BY', '/spheres', '/spheres/economy', '/sme', '/compare', '/events', '/quality']) {
      const { page } = await openPage(browser, route);
      titles.push(await page.title());
      await page.close();
    }
    expect(titles).toEqual(['Обзор', 'Карта мероприятий', 'Страны', 'Беларусь — Страны', 'Сферы сотрудничества', 'Экономика — Сферы сотрудничества', 'Участие субъектов МСП', 'Сравнение периодов', 'Мероприятия', 'Качество данных']);
  });

  test('the multi-value filter passes the accessibility scan', async () => {
    const { page } = await openPage(browser, '/events?country=BY,KZ');
    await page.locator('details#f-country summary').click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
