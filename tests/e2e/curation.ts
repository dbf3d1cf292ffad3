/**
 * The shared steps of the curation specs (corrections, merges, places): their editor and viewer,
 * rows read from the served database, form bodies, the role check every curation route passes, the
 * counts a change moves, and the clean-up that leaves the shared server as found.
 */
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { beforeAll, expect, inject } from 'vitest';
import { ADMIN, createEditor, createViewer, loginCookie, loginInBrowser } from './auth';
import { type Browser, url } from './fixtures';

interface Account {
  username: string;
  password: string;
}

/** An editor and a viewer of the spec's own, created before its tests. */
export function useCurationUsers(editor: Account, viewer: Account): void {
  beforeAll(() => {
    createEditor(editor.username, editor.password);
    createViewer(viewer.username, viewer.password);
  });
}

/** A new page of the shared browser, signed in afresh (earlier cookies cleared) as `account`, at `next`. */
export async function signedInPage(browser: Browser, account: Account, next: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.context().clearCookies();
  await loginInBrowser(page, account.username, account.password, next);
  return page;
}

/** Rows of a query on the served database (read-only). */
export function stored<T>(query: string, ...params: unknown[]): T[] {
  const db = new Database(inject('databasePath'), { readonly: true });
  try {
    return db.prepare(query).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** The event id of row `seq` of the Q4 2025 report. */
export function q4RowId(seq: number): number {
  const [row] = stored<{ id: number }>("select e.id from events e join reports r on r.id = e.report_id where r.period_key = '2025-Q4' and e.seq = ?", seq);
  if (!row) throw new Error(`no row ${seq} in 2025-Q4`);
  return row.id;
}

/** A form body; pairs may repeat a name (`row`, `row`). */
export function formOf(fields: Record<string, string> | [string, string][]): FormData {
  const body = new FormData();
  for (const [name, value] of Array.isArray(fields) ? fields : Object.entries(fields)) body.append(name, value);
  return body;
}

/** Rows of the events download for a query (every filter's counted rows). */
export async function exportedRows(query = ''): Promise<number> {
  const response = await fetch(url(`/api/export/events?${query}&file=csv`));
  return (await response.text()).trimEnd().split('\r\n').length - 1;
}

/** The events count of a sphere's row on /spheres (`query`: the page's filters). */
export async function sphereCount(page: Page, slug: string, query = ''): Promise<string> {
  await page.goto(url(query ? `/spheres?${query}` : '/spheres'));
  return page.getByTestId(`sphere-row-${slug}`).locator('td').nth(1).innerText();
}

/** Each request answers 401 to anonymous, 403 to the viewer and 403 to an admin from a foreign origin. */
export async function expectEditorsOnly(viewer: Account, requests: [route: string, init: () => RequestInit][]): Promise<void> {
  const viewerCookie = await loginCookie(viewer.username, viewer.password);
  const admin = await loginCookie(ADMIN.username, ADMIN.password);
  for (const [route, init] of requests) {
    expect([route, (await fetch(url(route), init())).status]).toEqual([route, 401]);
    expect([route, (await fetch(url(route), { ...init(), headers: { cookie: viewerCookie } })).status]).toEqual([route, 403]);
    expect([route, (await fetch(url(route), { ...init(), headers: { cookie: admin, origin: 'https://evil.example' } })).status]).toEqual([route, 403]);
  }
}

/** As the admin, posts `action=undo` to `route(id)` for every id the query lists. */
export async function undoEach(query: string, route: (id: number) => string): Promise<void> {
  const cookie = await loginCookie(ADMIN.username, ADMIN.password);
  for (const { id } of stored<{ id: number }>(query)) {
    await fetch(url(route(id)), { method: 'POST', body: formOf({ action: 'undo' }), headers: { cookie } });
  }
}
