import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectedReport } from '../fixtures/expected/2025-Q4';
import { openPage, seriousViolations, url, useBrowser } from './fixtures';

const browser = useBrowser();
const PHONE = { width: 390, height: 844 };

/** Every page of the product, with a real id where a route needs one. */
const ROUTES = ['/', '/map', '/countries', '/countries/BY', '/spheres', '/spheres/agriculture', '/sme', '/compare', '/events', '/events/1', '/quality', '/brief', '/login', '/import', '/no-such-page'];

async function onPhone(route: string): Promise<Page> {
  const { page } = await openPage(browser, '/login');
  await page.setViewportSize(PHONE);
  await page.goto(url(route), { waitUntil: 'networkidle' });
  return page;
}

describe('on a phone (390×844)', () => {
  test.each(ROUTES)('%s is no wider than the screen', async (route) => {
    const page = await onPhone(route);
    await page.waitForTimeout(300);
    const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(widths.viewport).toBe(PHONE.width);
    expect(widths.document).toBeLessThanOrEqual(widths.viewport);
    await page.close();
  });

  test('the filters fold behind one button that counts them and opens a sheet; key figures are above the fold', async () => {
    const page = await onPhone('/?report=2025-Q4&sphere=economy&format=remote');
    const toggle = page.getByRole('button', { name: 'Фильтры (3)' });
    expect(await toggle.isVisible()).toBe(true);
    expect(await page.locator('#f-sphere').isVisible()).toBe(false);
    const figure = await page.getByTestId('figure-events').boundingBox();
    expect(figure!.y + figure!.height).toBeLessThanOrEqual(PHONE.height);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#f-sphere').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Готово' }).click();
    expect(await page.locator('#f-sphere').isVisible()).toBe(false);
    await page.close();
  });

  test('events are cards with their dates and sphere, not a table of titles', async () => {
    const page = await onPhone('/events');
    expect(await page.getByTestId('events-table').isVisible()).toBe(false);
    const cards = page.locator('.event-card');
    // All 70 rows of the report fit on the first page of the list.
    expect(await cards.count()).toBe(expectedReport.eventCount);
    expect(await cards.first().isVisible()).toBe(true);
    expect(await cards.first().locator('.event-card-meta').first().textContent()).toMatch(/2025 · /);
    await page.close();
  });
});
