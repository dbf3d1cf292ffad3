/**
 * Corrections in the browser. Row 10 of the Q4 2025 report (a Belarusian tourism mission) stands
 * under economic development (rows 1–10: 10 events; culture and tourism: 21). An editor moves it to
 * culture and tourism from the event page: the page marks the field "исправлено" with the report's
 * value, the spheres page and the events export count 9 and 22, and undo restores 10 and 21. A
 * viewer sees the correction but no form; the routes answer 401/403 as the import routes do. An
 * admin excludes row 42, the same tourism mission under culture and tourism: 20 there until undone.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADMIN, loginCookie, loginInBrowser } from './auth';
import { expectEditorsOnly, exportedRows as counted, formOf as correctionForm, q4RowId, signedInPage, sphereCount, undoEach, useCurationUsers } from './curation';
import { screenshots, url, useBrowser } from './fixtures';

const EDITOR = { username: 'e2e-editor', password: 'e2e-editor-password' };
const VIEWER = { username: 'e2e-corrections-viewer', password: 'e2e-viewer-password' };
const CULTURE = 'Сотрудничество в сфере культуры и туризма';
const ECONOMY = 'Сотрудничество в сфере экономического развития';

const browser = useBrowser();
let row10: number;

/** Rows of the Q4 2025 events download under a sphere. */
const exportedRows = (sphere: string) => counted(`report=2025-Q4&sphere=${sphere}`);

useCurationUsers(EDITOR, VIEWER);
beforeAll(() => {
  row10 = q4RowId(10);
});

describe('correction routes check roles on the server', () => {
  const routes = () => [`/api/events/${row10}/corrections`, '/api/corrections/1'];

  test('anonymous 401, viewer 403, a foreign origin 403', async () => {
    const body = () => ({ method: 'POST', body: correctionForm({ field: 'smeCount', value: '1', reason: 'x', action: 'drop' }) });
    await expectEditorsOnly(
      VIEWER,
      routes().map((route) => [route, body]),
    );
  });

  test('an editor gets through the guard: a bad value is 400 and changes nothing', async () => {
    const editor = await loginCookie(EDITOR.username, EDITOR.password);
    const body = correctionForm({ field: 'smeCount', value: '-1', reason: 'test' });
    const response = await fetch(url(`/api/events/${row10}/corrections`), { method: 'POST', body, headers: { cookie: editor, accept: 'application/json' } });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('invalid_value');
    expect(await exportedRows('economy')).toBe(10);
  });
});

describe('an admin excludes row 42 (a duplicate of row 10)', () => {
  test('it leaves the counts, /quality lists it with the reason, undo there counts it again', async () => {
    const cookie = await loginCookie(ADMIN.username, ADMIN.password);
    const body = correctionForm({ field: 'excluded', value: 'true', reason: 'Дубликат строки 10' });
    const response = await fetch(url(`/api/events/${q4RowId(42)}/corrections`), { method: 'POST', body, headers: { cookie, accept: 'application/json' } });
    expect(response.status).toBe(200);
    expect(await exportedRows('culture-tourism')).toBe(20);
    const page = await signedInPage(browser, ADMIN, '/quality');
    const excluded = page.getByTestId('excluded-events').locator('tbody tr');
    expect(await excluded.count()).toBe(1);
    expect(await excluded.first().innerText()).toContain('Дубликат строки 10');
    await screenshots(page, 'quality-excluded');
    await excluded.first().getByRole('button', { name: 'Отменить' }).click();
    await page.waitForURL((current) => current.searchParams.get('correction') === 'saved');
    expect(await page.getByTestId('excluded-events').count()).toBe(0);
    expect(await exportedRows('culture-tourism')).toBe(21);
    await page.close();
  });
});

describe('an editor corrects a sphere on the event page', () => {
  afterAll(async () => {
    // Leave the shared server as found, also when a test failed half-way.
    await undoEach("select id from corrections where state = 'active'", (id) => `/api/corrections/${id}`);
  });

  test('the correction shows on the event page, the spheres page and the export', async () => {
    const page = await browser.context.newPage();
    expect(await exportedRows('economy')).toBe(10);
    expect(await exportedRows('culture-tourism')).toBe(21);
    await loginInBrowser(page, EDITOR.username, EDITOR.password, `/events/${row10}`);
    const form = page.getByTestId('correction-form');
    await form.getByLabel('Поле').selectOption('sphere');
    await form.getByLabel('Новое значение').selectOption({ label: CULTURE });
    await form.getByLabel('Причина исправления').fill('Туристическая миссия: сфера культуры и туризма, как строка 42');
    await form.getByRole('button', { name: 'Сохранить исправление' }).click();
    await page.waitForURL((current) => current.searchParams.get('correction') === 'saved');
    expect(await page.getByTestId('correction-outcome').innerText()).toBe('Сохранено.');
    const sphereLine = page.getByTestId('event-fields').locator('.field', { hasText: 'Сфера' });
    expect(await sphereLine.innerText()).toContain(`${CULTURE} исправлено в отчёте: ${ECONOMY}`);
    const history = page.getByTestId('correction-history').locator('tbody tr');
    expect(await history.count()).toBe(1);
    expect(await history.first().innerText()).toContain(EDITOR.username);
    await screenshots(page, 'event-corrected');
    expect(await sphereCount(page, 'economy', 'report=2025-Q4')).toBe('9');
    expect(await sphereCount(page, 'culture-tourism', 'report=2025-Q4')).toBe('22');
    expect(await exportedRows('economy')).toBe(9);
    expect(await exportedRows('culture-tourism')).toBe(22);
    await page.close();
  });

  test('a viewer sees the correction but no form and no undo', async () => {
    const page = await signedInPage(browser, VIEWER, `/events/${row10}`);
    expect(await page.getByTestId('corrected-mark').count()).toBe(1);
    expect(await page.getByTestId('correction-history').locator('tbody tr').count()).toBe(1);
    expect(await page.getByTestId('correction-form').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Отменить' }).count()).toBe(0);
    await page.close();
  });

  test('undo restores the parsed sphere everywhere', async () => {
    const page = await signedInPage(browser, EDITOR, `/events/${row10}`);
    await page.getByTestId('correction-history').getByRole('button', { name: 'Отменить' }).click();
    await page.waitForURL((current) => current.searchParams.get('correction') === 'saved');
    expect(await page.getByTestId('corrected-mark').count()).toBe(0);
    expect(await page.getByTestId('correction-history').locator('tbody tr').first().innerText()).toContain('отменено');
    expect(await exportedRows('economy')).toBe(10);
    expect(await sphereCount(page, 'culture-tourism', 'report=2025-Q4')).toBe('21');
    await page.close();
  });
});
