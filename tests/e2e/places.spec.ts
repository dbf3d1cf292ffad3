/**
 * Places and sections (issue 12) in the browser, against the shared server with the hand-written
 * report tests/fixtures/reports/drift/unresolved-place-and-section-2026-Q2.txt added. Read from that
 * file: rows 1 and 2 are held in "г. Верхнеполянск", which no gazetteer knows — row 1 names Belarus
 * (so it is drawn at Belarus' centroid under that name), row 2 names no country (no marker). Rows 3
 * and 4 stand under "Сотрудничество в сфере лесного хозяйства", a header no sphere knows.
 *
 * An editor resolves "Верхнеполянск" on /quality by clicking the map: the marker of that name then
 * counts both rows, and its popup lists both. An editor maps the forestry header to agriculture:
 * the spheres page counts 2 there; undo takes them back. Every new route answers 401 to anonymous,
 * 403 to a viewer and to a foreign origin.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { deleteReportAsAdmin, loginCookie, loginInBrowser } from './auth';
import { expectEditorsOnly, formOf as form, stored, undoEach, useCurationUsers } from './curation';
import { screenshots, seriousViolations, url, useBrowser } from './fixtures';

const EDITOR = { username: 'e2e-places-editor', password: 'e2e-editor-password' };
const VIEWER = { username: 'e2e-places-viewer', password: 'e2e-viewer-password' };
const REPORT = path.resolve('tests/fixtures/reports/drift/unresolved-place-and-section-2026-Q2.txt');
const FORESTRY = 'Сотрудничество в сфере лесного хозяйства';

const browser = useBrowser();

async function undoAll(): Promise<void> {
  await undoEach('select id from place_aliases', (id) => `/api/places/aliases/${id}`);
  await undoEach('select id from sphere_mappings', (id) => `/api/spheres/mappings/${id}`);
}

/** The marker of a place on /map for the test report, and the number of events its popup counts and lists. */
async function markerEvents(page: Page, name: string): Promise<{ count: string; listed: number }> {
  await page.goto(url('/map?report=2026-Q2'));
  const marker = page.locator(`path.place-marker[data-place="${name}"]`);
  await marker.waitFor();
  await marker.dispatchEvent('click');
  const popup = page.getByTestId('place-popup');
  await expect.poll(() => popup.isVisible()).toBe(true);
  await expect.poll(() => popup.locator('li a').count()).toBeGreaterThan(0);
  return { count: (await popup.locator('.place-popup-count').textContent()) ?? '', listed: await popup.locator('li a').count() };
}

useCurationUsers(EDITOR, VIEWER);
beforeAll(() => {
  const ingest = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', REPORT], { env: { ...process.env, DATABASE_PATH: inject('databasePath') }, encoding: 'utf8' });
  if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
});

afterAll(async () => {
  // Leave the shared server as found, also when a test failed half-way.
  await undoAll();
  await deleteReportAsAdmin('2026-Q2');
});

describe('the place and section routes check roles on the server', () => {
  const post = (fields: Record<string, string>) => () => ({ method: 'POST', body: form(fields) });
  const get = () => ({ method: 'GET' });

  test('anonymous 401, viewer 403, a foreign origin 403 — and nothing stored', async () => {
    await expectEditorsOnly(VIEWER, [
      ['/api/places/search?q=Мин', get],
      ['/api/places/aliases', get],
      ['/api/places/aliases', post({ text: 'Верхнеполянск', name: 'X', country: 'BY', lat: '53', lon: '28', reason: 'x' })],
      ['/api/places/aliases/1', post({ action: 'undo' })],
      ['/api/spheres/mappings', post({ header: FORESTRY, sphere: 'agriculture', reason: 'x' })],
      ['/api/spheres/mappings/1', post({ action: 'undo' })],
    ]);
    expect(stored('select id from place_aliases')).toEqual([]);
    expect(stored('select id from sphere_mappings')).toEqual([]);
  });

  test('an editor gets through: the search finds Жодино, a bad latitude is 400 and stores nothing', async () => {
    const editor = await loginCookie(EDITOR.username, EDITOR.password);
    const search = await fetch(url(`/api/places/search?q=${encodeURIComponent('Жодин')}&country=BY`), { headers: { cookie: editor } });
    expect(search.status).toBe(200);
    expect((await search.json())[0]).toMatchObject({ name: 'Жодино', country: 'BY' });
    const body = form({ text: 'Верхнеполянск', name: 'Верхнеполянск', country: 'BY', lat: '123', lon: '28', reason: 'x' });
    const response = await fetch(url('/api/places/aliases'), { method: 'POST', body, headers: { cookie: editor, accept: 'application/json' } });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('invalid_value');
    // A browser's form post goes back to /quality, which says what was wrong.
    const posted = await fetch(url('/api/places/aliases'), { method: 'POST', body, headers: { cookie: editor }, redirect: 'manual' });
    expect([posted.status, posted.headers.get('location')]).toEqual([303, '/quality?correction=invalid_value']);
    const page = await (await fetch(url('/quality?correction=invalid_value'), { headers: { cookie: editor } })).text();
    expect(page).toContain('Значение не подходит для этого поля.');
    expect(stored('select id from place_aliases')).toEqual([]);
  });
});

describe('a viewer sees what is unresolved but no way to change it', () => {
  test('the lists are there, the resolver and the mapping form are not', async () => {
    const page = await browser.context.newPage();
    await loginInBrowser(page, VIEWER.username, VIEWER.password, '/quality');
    expect(await page.locator('tr[data-place-text="Верхнеполянск"]').innerText()).toContain('2 строки');
    expect(await page.getByTestId('unknown-sections').innerText()).toContain(FORESTRY);
    expect(await page.getByText('Указать место').count()).toBe(0);
    expect(await page.getByTestId('section-mapping-form').count()).toBe(0);
    await page.close();
  });
});

describe('an editor searches for a settlement', () => {
  test('choosing a result fills the name, country and coordinates and marks it on the map', async () => {
    const page = await browser.context.newPage();
    await loginInBrowser(page, EDITOR.username, EDITOR.password, '/quality');
    const row = page.locator('tr[data-place-text="Верхнеполянск"]');
    await row.getByText('Указать место').click();
    await row.getByLabel('Поиск населённого пункта').fill('Жодин');
    await row.getByRole('button', { name: 'Жодино, Беларусь' }).click();
    const aliasForm = row.getByTestId('place-alias-form');
    expect(await aliasForm.getByLabel('Название').inputValue()).toBe('Жодино');
    expect(await aliasForm.getByLabel('Страна').inputValue()).toBe('BY');
    // data/gazetteer/places.json: Жодино at 54.0985, 28.3331.
    expect([await aliasForm.getByLabel('Широта').inputValue(), await aliasForm.getByLabel('Долгота').inputValue()]).toEqual(['54.0985', '28.3331']);
    await row.locator('path.picked-point').waitFor();
    // On a phone the open resolver and the section form stay within the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(widths.document).toBeLessThanOrEqual(widths.viewport);
    await page.close();
  });
});

describe('an editor resolves a place by clicking the map', () => {
  test('the marker of that place then counts and lists every row with that text', async () => {
    const page = await browser.context.newPage();
    // Before: only row 1 (which names Belarus) has a marker, at Belarus' centroid.
    expect(await markerEvents(page, 'Верхнеполянск')).toEqual({ count: '1 мероприятие', listed: 1 });
    await loginInBrowser(page, EDITOR.username, EDITOR.password, '/quality');
    const row = page.locator('[data-testid="unresolved-places"] tr[data-place-text="Верхнеполянск"]');
    expect(await row.innerText()).toContain('2 строки');
    await row.getByText('Указать место').click();
    const map = row.getByTestId('picker-map');
    await expect.poll(() => map.locator('path.leaflet-interactive').count()).toBeGreaterThan(100);
    const box = await map.boundingBox();
    if (!box) throw new Error('the picker map has no box');
    // A little north-east of the map's centre (Belarus' centroid): still in Belarus.
    await page.mouse.click(box.x + box.width / 2 + 40, box.y + box.height / 2 - 30);
    await row.locator('path.picked-point').waitFor();
    const aliasForm = row.getByTestId('place-alias-form');
    expect(await aliasForm.getByLabel('Страна').inputValue()).toBe('BY');
    const lat = Number(await aliasForm.getByLabel('Широта').inputValue());
    const lon = Number(await aliasForm.getByLabel('Долгота').inputValue());
    expect(lat).toBeGreaterThan(53.71);
    expect(lon).toBeGreaterThan(27.95);
    await aliasForm.getByLabel('Почему это место').fill('Агрогородок по карте района');
    await screenshots(page, 'quality-resolve-place');
    expect(await seriousViolations(page)).toEqual([]);
    await aliasForm.getByRole('button', { name: 'Сохранить место' }).click();
    await page.waitForURL((current) => current.searchParams.get('correction') === 'saved');
    expect(await page.getByTestId('correction-outcome').innerText()).toBe('Сохранено.');
    expect(await page.locator('tr[data-place-text="Верхнеполянск"]').count()).toBe(0);
    expect(await page.getByTestId('place-aliases').innerText()).toContain('Агрогородок по карте района');
    // The alias lists the texts it placed: both rows write "г. Верхнеполянск".
    const aliasCells = await page.getByTestId('place-aliases').locator('tbody tr').first().locator('td').allInnerTexts();
    expect(aliasCells.slice(0, 2)).toEqual(['Верхнеполянск', 'Верхнеполянск']);
    expect(stored<{ lat: number; lon: number }>("select lat, lon from places where name = 'Верхнеполянск'")).toEqual([{ lat, lon }]);

    const after = await markerEvents(page, 'Верхнеполянск');
    expect(after).toEqual({ count: '2 мероприятия', listed: 2 });
    expect(await page.getByTestId('place-popup').innerText()).toContain('Бизнес-миссия смоленских предприятий деревообработки');
    await screenshots(page, 'map-after-place-alias');

    // Undo, from the aliases table: row 2 is unplaced again.
    await page.goto(url('/quality'));
    await page.getByTestId('place-aliases').getByRole('button', { name: 'Отменить' }).click();
    await page.waitForURL((current) => current.searchParams.get('correction') === 'saved');
    expect(await page.locator('tr[data-place-text="Верхнеполянск"]').count()).toBe(1);
    expect(await markerEvents(page, 'Верхнеполянск')).toEqual({ count: '1 мероприятие', listed: 1 });
    await page.close();
  });
});

describe('an editor maps an unknown section header', () => {
  async function sphereCount(page: Page, slug: string): Promise<number> {
    await page.goto(url('/spheres?report=2026-Q2'));
    const cells = page.getByTestId(`sphere-row-${slug}`).locator('td');
    return (await cells.count()) === 0 ? 0 : Number(await cells.nth(1).innerText());
  }

  test('to agriculture: the spheres page counts both rows there; undo takes them back', async () => {
    const page = await browser.context.newPage();
    await loginInBrowser(page, EDITOR.username, EDITOR.password, '/quality');
    expect(await sphereCount(page, 'agriculture')).toBe(0);
    expect(await sphereCount(page, 'lesnogo-hozyaystva')).toBe(2);
    await page.goto(url('/quality'));
    const mapping = page.getByTestId('section-mapping-form');
    await mapping.getByLabel('Сфера').selectOption('agriculture');
    await mapping.getByLabel('Причина').fill('Лесное хозяйство ведёт министерство сельского хозяйства');
    await mapping.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL((current) => current.searchParams.get('correction') === 'saved');
    expect(await page.getByTestId('section-mappings').innerText()).toContain(FORESTRY);
    await screenshots(page, 'quality-section-mapped');
    expect(await sphereCount(page, 'agriculture')).toBe(2);
    expect(await sphereCount(page, 'lesnogo-hozyaystva')).toBe(0);
    await page.goto(url('/quality'));
    await page.getByTestId('section-mappings').getByRole('button', { name: 'Отменить' }).click();
    await page.waitForURL((current) => current.searchParams.get('correction') === 'saved');
    expect(await sphereCount(page, 'lesnogo-hozyaystva')).toBe(2);
    await page.close();
  });
});
