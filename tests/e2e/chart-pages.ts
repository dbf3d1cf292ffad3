/**
 * Helpers shared by the chart pages' specs (overview, countries, spheres, SME): waiting for
 * recharts to draw, reading a figure, choosing a filter.
 */
import type { Page } from 'playwright-core';

/** recharts draws its <svg> only after hydration. */
export async function waitForCharts(page: Page): Promise<void> {
  await page.locator('svg.recharts-surface').first().waitFor({ state: 'visible' });
}

/** A figure's number as an integer ("1 216" → 1216). */
export async function figureValue(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).first().textContent()) ?? '';
  return Number(text.replace(/\s/g, ''));
}

/**
 * Chooses a value in the shared filter bar and waits for the URL to carry it: a select, or a
 * multi-value filter (country, sphere), where the value's checkbox is ticked.
 */
export async function chooseFilter(page: Page, id: string, value: string, param: string): Promise<void> {
  const multi = page.locator(`details#${id}`);
  if ((await multi.count()) > 0) {
    if (!(await multi.evaluate((details: HTMLDetailsElement) => details.open))) await multi.locator('summary').click();
    await multi.locator(`input[type="checkbox"][value="${value}"]`).check();
    await page.waitForURL((url) => (url.searchParams.get(param) ?? '').split(',').includes(value));
  } else {
    await page.locator(`select#${id}`).selectOption(value);
    await page.waitForURL((url) => url.searchParams.get(param) === value);
  }
  await page.waitForLoadState('networkidle');
}

/** The label a multi-value filter shows for its choice ("Все", "Беларусь", "Беларусь, Казахстан"). */
export async function multiFilterText(page: Page, id: string): Promise<string> {
  return ((await page.locator(`details#${id} summary`).textContent()) ?? '').trim();
}

/** Tick labels of a chart's category axis, top to bottom. */
export async function categoryLabels(page: Page, testId: string): Promise<string[]> {
  const ticks = page.getByTestId(testId).locator('.recharts-yAxis-tick-labels text, .recharts-yAxis .recharts-cartesian-axis-tick text');
  return (await ticks.allTextContents()).map((text) => text.trim());
}
