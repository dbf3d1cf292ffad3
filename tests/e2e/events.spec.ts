/**
 * The events list and the event page against the real Q4 2025 report. Expected figures were read off
 * the report by hand (tests/fixtures/expected/2025-Q4.ts): 70 rows; SME counts of rows 1–10;
 * "Ташкент" in rows 1 and 5 only; row 13 dated "28 сентября - 1 октября 2025 года" in Минск.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectedEvents } from '@/tests/fixtures/expected/2025-Q4';
import { openPage, screenshots, testIdText, url, seriousViolations, useBrowser } from './fixtures';
import { chooseFilter, multiFilterText } from './chart-pages';

const BELARUS_ROWS = expectedEvents.filter((event) => event.countries.includes('BY')).map((event) => event.seq);

const browser = useBrowser();

const rows = (page: Page) => page.getByTestId('event-row');
const seqs = (page: Page) => rows(page).evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-seq'))));
const sortHeader = (page: Page, name: string) => page.getByRole('columnheader', { name: new RegExp(`^${name}`) });


describe('events list', () => {
  test('shows all 70 rows of the report with the count, and no console errors', async () => {
    const { page, consoleErrors } = await openPage(browser, '/events');
    expect(await rows(page).count()).toBe(70);
    expect(await testIdText(page, 'events-count')).toBe('Найдено 70 мероприятий');
    expect(await page.getByTestId('active-filters').count()).toBe(0);
    await screenshots(page, 'events');
    expect(consoleErrors).toEqual([]);
  });

  test('sorting by SME: descending first puts row 10 (71 SMEs) on top; a second click reverses', async () => {
    const { page, consoleErrors } = await openPage(browser, '/events');
    await sortHeader(page, 'Субъекты МСП').getByRole('link').click();
    await page.waitForURL(/sort=-sme/);
    expect(await sortHeader(page, 'Субъекты МСП').getAttribute('aria-sort')).toBe('descending');
    const first = rows(page).first();
    expect(await first.getAttribute('data-seq')).toBe('10');
    expect(await first.getByRole('link').textContent()).toBe('Реверсная бизнес-миссия из Республики Беларусь');
    expect((await first.locator('td.num').textContent())?.trim()).toBe('71');
    expect((await seqs(page)).slice(0, 4)).toEqual([10, 6, 8, 7]);

    await sortHeader(page, 'Субъекты МСП').getByRole('link').click();
    await page.waitForURL((current) => current.searchParams.get('sort') === 'sme');
    expect(await sortHeader(page, 'Субъекты МСП').getAttribute('aria-sort')).toBe('ascending');
    expect(await rows(page).first().locator('td.num').textContent()).toBe('3');
    expect(consoleErrors).toEqual([]);
  });

  test('search "Ташкент" finds rows 1 and 5; a reload keeps the search', async () => {
    const { page, consoleErrors } = await openPage(browser, '/events');
    const box = page.getByLabel('Поиск по названию, месту, цели и участникам');
    await box.fill('Ташкент');
    await box.press('Enter');
    await page.waitForURL((current) => current.searchParams.get('q') === 'Ташкент');
    await expect.poll(() => rows(page).count()).toBe(2);
    expect(await seqs(page)).toEqual([1, 5]);
    expect(await testIdText(page, 'events-count')).toBe('Найдено 2 мероприятия');
    expect(await testIdText(page, 'active-filters')).toContain('Поиск: «Ташкент»');

    await page.reload({ waitUntil: 'networkidle' });
    expect(await seqs(page)).toEqual([1, 5]);
    expect(await box.inputValue()).toBe('Ташкент');
    expect(consoleErrors).toEqual([]);
  });

  test('a search that matches nothing shows the empty state', async () => {
    const { page } = await openPage(browser, `/events?q=${encodeURIComponent('нет такого мероприятия')}`);
    expect(await rows(page).count()).toBe(0);
    expect(await testIdText(page, 'events-count')).toBe('Найдено 0 мероприятий');
    expect(await page.getByRole('status').filter({ hasText: 'Нет мероприятий, подходящих под условия' }).count()).toBe(1);
  });

  test('country BY from the URL: the rows naming Belarus, a chip, and sorting keeps the filter', async () => {
    const { page, consoleErrors } = await openPage(browser, '/events?country=BY');
    expect(await rows(page).count()).toBe(BELARUS_ROWS.length);
    expect(await testIdText(page, 'events-count')).toBe(`Найдено ${BELARUS_ROWS.length} мероприятий`);
    expect((await seqs(page)).sort((a, b) => a - b)).toEqual(BELARUS_ROWS);
    expect(await multiFilterText(page, 'f-country')).toBe('Беларусь');
    expect(await testIdText(page, 'active-filters')).toContain('Страна: Беларусь');

    await sortHeader(page, 'Субъекты МСП').getByRole('link').click();
    await page.waitForURL(/sort=-sme/);
    expect(new URL(page.url()).searchParams.get('country')).toBe('BY');
    expect((await seqs(page)).slice(0, 3)).toEqual([10, 6, 3]);

    await page.reload({ waitUntil: 'networkidle' });
    expect(await rows(page).count()).toBe(BELARUS_ROWS.length);
    expect(await sortHeader(page, 'Субъекты МСП').getAttribute('aria-sort')).toBe('descending');

    await page.getByRole('link', { name: 'Убрать фильтр «Страна: Беларусь»' }).click();
    await page.waitForURL((current) => !current.searchParams.has('country'));
    await expect.poll(() => rows(page).count()).toBe(70);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('-sme');
    expect(consoleErrors).toEqual([]);
  });

  test('the filter bar narrows the list: sphere "Экономика" gives rows 1–10', async () => {
    const { page } = await openPage(browser, '/events');
    await chooseFilter(page, 'f-sphere', 'economy', 'sphere');
    await expect.poll(() => rows(page).count()).toBe(10);
    expect((await seqs(page)).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test('has no serious accessibility violations', async () => {
    const { page } = await openPage(browser, '/events?country=BY&sort=-sme');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('event page', () => {
  async function openRow13() {
    const opened = await openPage(browser, '/events?q=ИННОПРОМ');
    await opened.page.locator('[data-seq="13"]').getByRole('link').click();
    // The event's page keeps the list's search in its URL, so its back link returns to it.
    await opened.page.waitForURL(/\/events\/\d+\?q=/);
    await opened.page.getByTestId('event-fields').waitFor();
    return opened;
  }

  test('row 13: dates across September and October, Минск, Беларусь, its warning and the report text', async () => {
    const { page, consoleErrors } = await openRow13();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Участие в мероприятиях Международной промышленной выставки «ИННОПРОМ. Беларусь»');
    const fields = await testIdText(page, 'event-fields');
    expect(fields).toContain('Сроки28 сентября – 1 октября 2025');
    expect(fields).toContain('Квартал мероприятияIII квартал 2025');
    expect(fields).toContain('Минск, Беларусь');
    expect(fields).toContain('Беларусь — площадка');
    expect(fields).toContain('Подписан документДа');
    expect(fields).toContain('СтатусПроведено');
    expect(fields).toContain('Делегация Смоленской области, человек');
    expect(fields).toContain('IV квартал 2025, строка 13');
    expect(await testIdText(page, 'event-warnings')).toBe('Даты вне отчётного квартала: «28 сентября - 1 октября 2025 года»');
    const source = await testIdText(page, 'source-text');
    expect(source).toContain('28 сентября - 1 октября 2025 года');
    expect(source).toContain('30 сентября 2025 года состоялось подписание соглашения');
    await page.getByTestId('events-map').waitFor();
    await screenshots(page, 'event');
    expect(consoleErrors).toEqual([]);
  });

  test('links lead to the sphere and country pages and back to the list', async () => {
    const { page } = await openRow13();
    expect(await page.getByRole('link', { name: 'Сотрудничество в сфере промышленности и торговли' }).getAttribute('href')).toBe('/spheres/industry-trade');
    expect(await page.getByTestId('event-fields').getByRole('link', { name: 'Беларусь' }).getAttribute('href')).toBe('/countries/BY');
    expect(await page.getByRole('link', { name: '← К списку мероприятий с теми же фильтрами' }).getAttribute('href')).toBe(`/events?${new URLSearchParams({ q: 'ИННОПРОМ' })}`);
  });

  test('the small map popup lists the event itself, without loading anything', async () => {
    const { page, consoleErrors } = await openRow13();
    await page.locator('path.place-marker[data-place="Минск"]').click();
    const popup = page.getByTestId('place-popup');
    await expect.poll(() => popup.locator('li a').count()).toBe(1);
    expect(await popup.locator('li a').textContent()).toBe('Участие в мероприятиях Международной промышленной выставки «ИННОПРОМ. Беларусь»');
    expect(await popup.locator('li a').getAttribute('href')).toBe(new URL(page.url()).pathname);
    expect(consoleErrors).toEqual([]);
  });

  test('has no serious accessibility violations', async () => {
    const { page } = await openRow13();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test.each(['abc', '0', '-1', '1.5', '99999999'])('an invalid or unknown id (%s) is a 404', async (id) => {
    const response = await fetch(url(`/events/${id}`));
    expect(response.status).toBe(404);
  });
});
