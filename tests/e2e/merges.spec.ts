/**
 * Merges in the browser. Rows 10 and 42 of the Q4 2025 report are one Belarusian tourism mission
 * (both "9–10 декабря 2025 года", г. Смоленск): row 10 under economic development (rows 1–10: 10
 * rows), row 42 under culture and tourism (rows 22–42: 21 rows); 70 rows in all. An editor marks the
 * look-alike pair on /quality as one event with row 10 counting: culture and tourism shows 20, the
 * events download 69 rows; row 42's event page says it no longer counts; undo there restores 21
 * and 70. The merge routes answer 401/403 like every curation route.
 */
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ADMIN, createEditor, createViewer, loginCookie, loginInBrowser } from './auth';
import { screenshots, url, useBrowser } from './fixtures';

const EDITOR = { username: 'e2e-merge-editor', password: 'e2e-editor-password' };
const VIEWER = { username: 'e2e-merge-viewer', password: 'e2e-viewer-password' };

const browser = useBrowser();
let row10: number;
let row42: number;

function q4RowId(seq: number): number {
  const db = new Database(inject('databasePath'), { readonly: true });
  try {
    return (db.prepare("select e.id from events e join reports r on r.id = e.report_id where r.period_key = '2025-Q4' and e.seq = ?").get(seq) as { id: number }).id;
  } finally {
    db.close();
  }
}

/** Rows of the events download (every filter's counted rows: no report chosen). */
async function countedRows(query = ''): Promise<number> {
  const response = await fetch(url(`/api/export/events?${query}&file=csv`));
  return (await response.text()).trimEnd().split('\r\n').length - 1;
}

async function sphereCount(page: Page, slug: string): Promise<string> {
  await page.goto(url('/spheres'));
  return page.getByTestId(`sphere-row-${slug}`).locator('td').nth(1).innerText();
}

function form(fields: [string, string][]): FormData {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  return body;
}

beforeAll(() => {
  createEditor(EDITOR.username, EDITOR.password);
  createViewer(VIEWER.username, VIEWER.password);
  row10 = q4RowId(10);
  row42 = q4RowId(42);
});

afterAll(async () => {
  // Leave the shared server as found, also when a test failed half-way.
  const cookie = await loginCookie(ADMIN.username, ADMIN.password);
  const db = new Database(inject('databasePath'), { readonly: true });
  const active = db.prepare("select id from event_merges where state = 'active'").all() as { id: number }[];
  db.close();
  for (const { id } of active) await fetch(url(`/api/merges/${id}`), { method: 'POST', body: form([['action', 'undo']]), headers: { cookie } });
});

describe('merge routes check roles on the server', () => {
  test('anonymous 401, viewer 403, a foreign origin 403; nothing merged', async () => {
    const viewer = await loginCookie(VIEWER.username, VIEWER.password);
    const admin = await loginCookie(ADMIN.username, ADMIN.password);
    const body = () => form([['action', 'merge'], ['row', String(row10)], ['row', String(row42)], ['winner', String(row10)], ['reason', 'x']]);
    for (const route of ['/api/merges', '/api/merges/1']) {
      expect((await fetch(url(route), { method: 'POST', body: body() })).status).toBe(401);
      expect((await fetch(url(route), { method: 'POST', body: body(), headers: { cookie: viewer } })).status).toBe(403);
      expect((await fetch(url(route), { method: 'POST', body: body(), headers: { cookie: admin, origin: 'https://evil.example' } })).status).toBe(403);
    }
    expect(await countedRows()).toBe(70);
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
    expect(await countedRows()).toBe(70);
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
    expect(await countedRows()).toBe(69);
    expect(await countedRows('sphere=culture-tourism')).toBe(20);

    await page.goto(url(`/events/${row42}`));
    const decision = page.getByTestId('merge-decisions').locator('li').first();
    expect(await decision.innerText()).toMatch(/строка 10 — учитывается.*строка 42 — не учитывается/s);
    await screenshots(page, 'event-merged');
    await decision.getByRole('button', { name: 'Отменить' }).click();
    await page.waitForURL((current) => current.searchParams.get('merge') === 'saved');
    expect(await page.getByTestId('merge-decisions').count()).toBe(0);
    expect(await sphereCount(page, 'culture-tourism')).toBe('21');
    expect(await countedRows()).toBe(70);
    await page.close();
  });

  test('a viewer sees no merge form and no look-alike action', async () => {
    const page = await browser.context.newPage();
    await page.context().clearCookies();
    await loginInBrowser(page, VIEWER.username, VIEWER.password, `/events/${row10}`);
    expect(await page.getByTestId('merge-card').count()).toBe(1);
    expect(await page.getByTestId('merge-form').count()).toBe(0);
    await page.goto(url('/quality'));
    expect(await page.getByText('Это одно мероприятие').count()).toBe(0);
    await page.close();
  });
});
