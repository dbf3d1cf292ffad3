import { describe, expect, test } from 'vitest';
import { ADMIN, loginInBrowser } from './auth';
import { openPage, url, useBrowser } from './fixtures';

const browser = useBrowser();

describe('error pages and pages without the filter bar', () => {
  test('an unknown route answers 404 with a Russian page in the product layout, without the filter bar', async () => {
    const response = await fetch(url('/no-such-page'));
    expect(response.status).toBe(404);
    const { page } = await openPage(browser, '/no-such-page');
    expect(await page.getByRole('heading', { level: 1, name: 'Страница не найдена' }).count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Основная навигация' }).count()).toBe(1);
    expect(await page.getByRole('form', { name: 'Фильтры' }).count()).toBe(0);
    expect(await page.getByText('This page could not be found').count()).toBe(0);
    await page.close();
  });

  test('an unknown event id (notFound() inside a dashboard page) gets the same Russian 404', async () => {
    const { page } = await openPage(browser, '/events/99999999');
    expect(await page.getByRole('heading', { level: 1, name: 'Страница не найдена' }).count()).toBe(1);
    expect(await page.getByRole('form', { name: 'Фильтры' }).count()).toBe(0);
    await page.close();
  });

  test('login and import carry no filter bar; the overview does', async () => {
    const { page } = await openPage(browser, '/login');
    expect(await page.getByRole('heading', { level: 1, name: 'Вход' }).count()).toBe(1);
    expect(await page.getByRole('form', { name: 'Фильтры' }).count()).toBe(0);
    await loginInBrowser(page, ADMIN.username, ADMIN.password, '/import');
    expect(await page.getByRole('heading', { level: 1, name: 'Загрузка отчёта' }).count()).toBe(1);
    expect(await page.getByRole('form', { name: 'Фильтры' }).count()).toBe(0);
    await page.goto(url('/'), { waitUntil: 'networkidle' });
    expect(await page.getByRole('form', { name: 'Фильтры' }).count()).toBe(1);
    await page.context().clearCookies();
    await page.close();
  });

  test('the first Tab reaches a skip link that jumps past navigation and filters to the page content', async () => {
    const { page } = await openPage(browser, '/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => document.activeElement?.textContent);
    expect(skip).toBe('Перейти к содержанию');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The first stop is the page's own period picker: nothing of the header or the filter bar between.
    const where = await page.evaluate(() => ({ inMain: Boolean(document.activeElement?.closest('main')), inBar: Boolean(document.activeElement?.closest('.filter-bar, .site-header')) }));
    expect(where).toEqual({ inMain: true, inBar: false });
    await page.close();
  });
});
