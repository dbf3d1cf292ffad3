/**
 * Merges in the browser. Rows 10 and 42 of the Q4 2025 report are one Belarusian tourism mission
 * (both "9–10 декабря 2025 года", г. Смоленск): row 10 under economic development (rows 1–10: 10
 * rows), row 42 under culture and tourism (rows 22–42: 21 rows); 70 rows in all. An editor marks the
 * look-alike pair on /quality as one event with row 10 counting: culture and tourism shows 20, the
 * events download 69 rows; row 42's event page says it no longer counts; undo there restores 21
 * and 70. The merge routes answer 401/403 like every curation route.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loginCookie, loginInBrowser } from './auth';
import { expectEditorsOnly, exportedRows, formOf as form, q4RowId, signedInPage, sphereCount, undoEach, useCurationUsers } from './curation';
import { screenshots, url, useBrowser } from './fixtures';

const EDITOR = { username: 'e2e-merge-editor', password: 'e2e-editor-password' };
const VIEWER = { username: 'e2e-merge-viewer', password: 'e2e-viewer-password' };

const browser = useBrowser();
let row10: number;
let row42: number;

useCurationUsers(EDITOR, VIEWER);
beforeAll(() => {
  row10 = q4RowId(10);
  row42 = q4RowId(42);
});

afterAll(async () => {
  // Leave the shared server as found, also when a test failed half-way.
  await undoEach("select id from event_merges where state = 'active'", (id) => `/api/merges/${id}`);
});

describe('merge routes check roles on the server', () => {
  test('anonymous 401, viewer 403, a foreign origin 403; nothing merged', async () => {
    const body = () => ({ method: 'POST', body: form([['action', 'merge'], ['row', String(row10)], ['row', String(row42)], ['winner', String(row10)], ['reason', 'x']]) });
    await expectEditorsOnly(VIEWER, [
      ['/api/merges', body],
      ['/api/merges/1', body],
    ]);
    expect(await exportedRows()).toBe(70);
  });

  test('an editor gets through the guard: no reason is 400, unlinking unlinked rows 409, an unknown merge 404; nothing changes', async () => {
    const editor = await loginCookie(EDITOR.username, EDITOR.password);
    const body = form([['action', 'merge'], ['row', '2025-Q4:10'], ['row', '2025-Q4:42'], ['winner', '2025-Q4:10'], ['reason', ' ']]);
    const response = await fetch(url('/api/merges'), { method: 'POST', body, headers: { cookie: editor, accept: 'application/json' } });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('no_reason');
    // Rows 10 and 42 are look-alikes of one report, not an automatic link: nothing to unlink.
    const unlink = form([['action', 'unlink'], ['rows', '2025-Q4:10, 2025-Q4:42'], ['reason', 'x']]);
    const refused = await fetch(url('/api/merges'), { method: 'POST', body: unlink, headers: { cookie: editor, accept: 'application/json' } });
    expect([refused.status, (await refused.json()).error]).toEqual([409, 'wrong_state']);
    const missing = await fetch(url('/api/merges/999999'), { method: 'POST', body: form([['action', 'undo']]), headers: { cookie: editor, accept: 'application/json' } });
    expect(missing.status).toBe(404);
    expect(await exportedRows()).toBe(70);
  });
});

describe('an editor marks rows 10 and 42 as one event from /quality', () => {
  test('row 10 counts: culture and tourism 21 → 20, 70 → 69 events; undo on the event page restores them', async () => {
    const page = await browser.context.newPage();
    await page.context().clearCookies();
    expect(await sphereCount(page, 'culture-tourism')).toBe('21');
    await loginInBrowser(page, EDITOR.username, EDITOR.password, '/quality');
    const action = page.getByTestId(`look-alike-merge-${Math.min(row10, row42)}-${Math.max(row10, row42)}`);
    await action.locator('summary').click();
    await action.getByLabel('№10').check();
    await screenshots(page, 'quality-look-alike-merge');
    await action.getByRole('button', { name: 'Объединить' }).click();
    await page.waitForURL((current) => current.searchParams.get('merge') === 'saved');
    expect(await page.getByTestId('quality-look-alikes').getByText('объединены').count()).toBe(1);
    expect(await sphereCount(page, 'culture-tourism')).toBe('20');
    expect(await sphereCount(page, 'economy')).toBe('10');
    expect(await exportedRows()).toBe(69);
    expect(await exportedRows('sphere=culture-tourism')).toBe(20);

    await page.goto(url(`/events/${row42}`));
    const decision = page.getByTestId('merge-decisions').locator('li').first();
    expect(await decision.innerText()).toMatch(/строка 10 — учитывается.*строка 42 — не учитывается/s);
    await screenshots(page, 'event-merged');
    await decision.getByRole('button', { name: 'Отменить' }).click();
    await page.waitForURL((current) => current.searchParams.get('merge') === 'saved');
    expect(await page.getByTestId('merge-decisions').count()).toBe(0);
    expect(await sphereCount(page, 'culture-tourism')).toBe('21');
    expect(await exportedRows()).toBe(70);
    await page.close();
  });

  test('a viewer sees no merge form and no look-alike action', async () => {
    const page = await signedInPage(browser, VIEWER, `/events/${row10}`);
    expect(await page.getByTestId('merge-card').count()).toBe(1);
    expect(await page.getByTestId('merge-form').count()).toBe(0);
    await page.goto(url('/quality'));
    expect(await page.getByText('Это одно мероприятие').count()).toBe(0);
    await page.close();
  });
});
