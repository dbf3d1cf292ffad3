/**
 * The map page against the real Q4 2025 report. Expected figures were read off the report's
 * "Место проведения" cells by hand.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CHOROPLETH } from '@/lib/palette';
import { openPage, screenshots, seriousViolations, useBrowser } from './fixtures';

/** The 16 settlements named in the place cells (row 50 names Рославльский район → its centre Рославль;
 * rows 18–19 name only the Smolensk ministry → its seat Смоленск). */
const SETTLEMENTS = [
  'Алматы', 'Бишкек', 'Брест', 'Витебск', 'Гуанчжоу', 'Десногорск', 'Крагуевац', 'Минск',
  'Москва', 'Мощинки', 'Нижний Новгород', 'Орша', 'Рославль', 'Санкт-Петербург', 'Смоленск', 'Ташкент',
];

/** Events per place: Смоленск — 39 rows "г. Смоленск" + rows 18–19; Минск — rows 3, 13, 16, 29, 44, 53, 63, 67, 69. */
const EVENTS_AT = { Смоленск: 41, Минск: 9, Москва: 5, Витебск: 3, Ташкент: 2, Бишкек: 1 };

const browser = useBrowser();

async function openMap(route = '/map') {
  const opened = await openPage(browser, route);
  await opened.page.locator('path.place-marker').first().waitFor();
  return opened;
}

const markers = (page: Page) => page.locator('path.place-marker');
const countryShapes = (page: Page) => page.locator('path.country-shape');

function choroplethStep(fill: string | null): number {
  return CHOROPLETH.indexOf((fill ?? '').toLowerCase());
}

describe('map page', () => {
  test('draws one marker per settlement of the report', async () => {
    const { page, consoleErrors } = await openMap();
    const names = await markers(page).evaluateAll((paths) => paths.map((path) => path.getAttribute('data-place')));
    expect([...names].sort()).toEqual([...SETTLEMENTS].sort());
    await screenshots(page, 'map');
    expect(consoleErrors).toEqual([]);
  });

  test('lists the places with their number of events in a table', async () => {
    const { page } = await openMap();
    const rows = page.getByTestId('places-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(SETTLEMENTS.length);
    for (const [place, events] of Object.entries(EVENTS_AT)) {
      const row = rows.filter({ has: page.getByRole('rowheader', { name: place, exact: true }) });
      expect((await row.locator('td.num').textContent())?.trim()).toBe(String(events));
    }
  });

  test('draws the world and shades Belarus darkest', async () => {
    const { page } = await openMap();
    expect(await page.locator('path.basemap-shape').count()).toBeGreaterThan(170);
    const belarus = choroplethStep(await page.locator('path.country-BY').getAttribute('fill'));
    expect(belarus).toBe(CHOROPLETH.length - 1);
    const others = await page.locator('path.country-shape:not(.country-BY)').evaluateAll((paths) => paths.map((path) => path.getAttribute('fill')));
    expect(others.length).toBeGreaterThan(0);
    for (const fill of others) expect(choroplethStep(fill)).toBeLessThan(belarus);
  });

  test('a marker popup lists the events of its place', async () => {
    const { page, consoleErrors } = await openMap();
    await page.locator('path.place-marker[data-place="Ташкент"]').click();
    const popup = page.getByTestId('place-popup');
    await expect.poll(() => popup.isVisible()).toBe(true);
    expect(await popup.getByRole('heading').textContent()).toContain('Ташкент');
    expect(await popup.textContent()).toContain('2 мероприятия');
    // Rows 1 and 5 of the report, loaded when the popup opens.
    await expect.poll(() => popup.locator('li a').count()).toBe(2);
    expect(await popup.getByRole('status').count()).toBe(0);
    const titles = await popup.locator('li a').allTextContents();
    expect(titles.join(' ')).toContain('UzStroyExpo-2025');
    expect(titles.join(' ')).toContain('UzProdExpo 2025');
    expect(await popup.locator('li a').first().getAttribute('href')).toMatch(/^\/events\/\d+$/);
    expect(await popup.getByRole('link', { name: 'Все мероприятия в этом месте' }).getAttribute('href')).toMatch(/^\/events\?place=\d+$/);
    await screenshots(page, 'map-popup');
    expect(consoleErrors).toEqual([]);
  });

  test('a popup lists the first 15 events of a busy place and counts the rest', async () => {
    const { page, consoleErrors } = await openMap();
    // Мощинки's circle sits over Смоленск's centre, so the click is sent to Смоленск's circle itself.
    await page.locator('path.place-marker[data-place="Смоленск"]').dispatchEvent('click');
    const popup = page.getByTestId('place-popup');
    await expect.poll(() => popup.locator('li a').count()).toBe(15);
    // 41 events in Смоленск: 15 listed, 26 more.
    expect(await popup.locator('.place-popup-more').textContent()).toBe('и ещё 26');
    expect(consoleErrors).toEqual([]);
  });

  test('toggling the countries layer hides and shows the shaded countries', async () => {
    const { page } = await openMap();
    const shaded = await countryShapes(page).count();
    expect(shaded).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Страны-партнёры' }).uncheck();
    await expect.poll(() => countryShapes(page).count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Места проведения' }).uncheck();
    await expect.poll(() => markers(page).count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Страны-партнёры' }).check();
    await expect.poll(() => countryShapes(page).count()).toBe(shaded);
  });

  test('clicking Belarus opens its events with the active filters', async () => {
    const { page } = await openMap('/map?report=2025-Q4');
    // Hide the markers: Minsk's circle covers the middle of Belarus.
    await page.getByRole('checkbox', { name: 'Места проведения' }).uncheck();
    await page.locator('path.country-BY').click();
    await page.waitForURL(/\/events\?/);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/events');
    expect(url.searchParams.get('country')).toBe('BY');
    expect(url.searchParams.get('report')).toBe('2025-Q4');
  });

  test('has no serious accessibility violations', async () => {
    const { page } = await openMap();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
