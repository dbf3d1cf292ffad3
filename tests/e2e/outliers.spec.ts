/**
 * Rows worth a second look on /quality. Read off the Q4 2025 report: row 1 is the UzStroyExpo
 * exhibition in Ташкент, attended by four SME of the region, with no delegation size; it is listed
 * with that reason and links to its event page.
 */
import { describe, expect, test } from 'vitest';
import { screenshots, url, useBrowser } from './fixtures';

const browser = useBrowser();

describe('/quality lists outliers', () => {
  test('row 1 (an exhibition abroad, no delegation size) links to its event page', async () => {
    const page = await browser.context.newPage();
    await page.goto(url('/quality'));
    const table = page.getByTestId('outliers');
    const row1 = table.locator('tbody tr', { hasText: 'строка 1' }).filter({ hasText: 'UzStroyExpo' });
    expect(await row1.innerText()).toContain('численность делегации не указана');
    await table.scrollIntoViewIfNeeded();
    await screenshots(page, 'quality-outliers');
    await row1.getByRole('link').click();
    await page.waitForURL(/\/events\/\d+$/);
    expect(await page.getByTestId('event-title').innerText()).toContain('UzStroyExpo-2025');
    await page.close();
  });
});
