/**
 * Access control and hardening against the running app: security headers, 401/403 on admin
 * endpoints, login, logout and its rate limit, report text rendered as text, bad filter values,
 * upload limits, readers during an import, and a backup taken while the app serves.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ADMIN, createViewer, deleteReportAsAdmin, loginCookie, loginInBrowser } from './auth';
import { launchBrowser, openPage, url, type Browser } from './fixtures';

const VIEWER = { username: 'e2e-viewer', password: 'e2e-viewer-password' };
const XSS_TITLE = '<script>window.__xss = 1</script>Круглый стол <b>жирный</b>';
const XSS_PLACE = 'г. <img src=x onerror="window.__xss = 1">';
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'security-e2e-'));
  createViewer(VIEWER.username, VIEWER.password);
});
afterAll(async () => {
  await deleteReportAsAdmin('2025-Q3');
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function uploadForm(content: string | Uint8Array, name = 'report.txt', fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set('file', new File([typeof content === 'string' ? content : Buffer.from(content)], name));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

function xssReport(): string {
  return fs
    .readFileSync('tests/fixtures/reports/test-2025-Q3.txt', 'utf8')
    .replace('Круглый стол по космическим технологиям', XSS_TITLE)
    .replace('г. Смоленск\n\t20 августа', `${XSS_PLACE}\n\t20 августа`);
}

async function post(route: string, body: FormData, cookie?: string): Promise<Response> {
  return fetch(url(route), { method: 'POST', body, headers: cookie ? { cookie } : {} });
}

describe('headers', () => {
  test('pages carry a nonce CSP, nosniff, a referrer policy and refuse framing', async () => {
    const response = await fetch(url('/'));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('admin endpoints', () => {
  const endpoints = [
    ['POST', '/api/import/preview'],
    ['POST', '/api/import/confirm'],
    ['DELETE', '/api/import/reports/2025-Q4'],
  ] as const;

  test.each(endpoints)('%s %s: 401 for anonymous, 403 for a viewer', async (method, route) => {
    const anonymous = await fetch(url(route), { method, body: method === 'POST' ? uploadForm('x') : undefined });
    expect(anonymous.status).toBe(401);
    const cookie = await loginCookie(VIEWER.username, VIEWER.password);
    const viewer = await fetch(url(route), { method, body: method === 'POST' ? uploadForm('x') : undefined, headers: { cookie } });
    expect(viewer.status).toBe(403);
  });

  test('a viewer sees no import link and /import refuses them; the stored report is untouched', async () => {
    const { page } = await openPage(browser, '/');
    await loginInBrowser(page, VIEWER.username, VIEWER.password, '/');
    expect(await page.getByRole('link', { name: 'Загрузка отчёта' }).count()).toBe(0);
    await page.goto(url('/import'), { waitUntil: 'networkidle' });
    expect(await page.getByText('Загружать и удалять отчёты могут только администраторы.').count()).toBe(1);
    await page.context().clearCookies();
    await page.close();
  });

  test('a post from another site is refused even with an admin cookie', async () => {
    const cookie = await loginCookie(ADMIN.username, ADMIN.password);
    const response = await fetch(url('/api/import/reports/2025-Q4'), { method: 'DELETE', headers: { cookie, origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
  });
});

describe('login and logout', () => {
  test('the session cookie is HttpOnly and SameSite=Lax; logout ends it', async () => {
    const form = new FormData();
    form.set('username', ADMIN.username);
    form.set('password', ADMIN.password);
    const login = await fetch(url('/api/auth/login'), { method: 'POST', body: form });
    const setCookie = login.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const { page } = await openPage(browser, '/');
    await loginInBrowser(page, ADMIN.username, ADMIN.password, '/');
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('link', { name: 'Войти' }).count()).toBe(1);
    await page.goto(url('/import'));
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.close();
  });

  test('a wrong password is 401; after 5 failures the name is locked (429) even with the right password', async () => {
    await createViewer('e2e-locked', 'e2e-locked-password');
    const attempt = (password: string) => {
      const form = new FormData();
      form.set('username', 'e2e-locked');
      form.set('password', password);
      return fetch(url('/api/auth/login'), { method: 'POST', body: form });
    };
    for (let i = 0; i < 5; i++) expect((await attempt('wrong password')).status).toBe(401);
    const locked = await attempt('e2e-locked-password');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('report text is data', () => {
  test('HTML and script in cells render as text on the events list, the event page and the quality page', async () => {
    const cookie = await loginCookie(ADMIN.username, ADMIN.password);
    const preview = await post('/api/import/preview', uploadForm(xssReport(), 'xss.txt'), cookie);
    const { contentHash, basis } = (await preview.json()) as { contentHash: string; basis: string };
    expect((await post('/api/import/confirm', uploadForm(xssReport(), 'xss.txt', { contentHash, basis }), cookie)).status).toBe(200);

    const { page, consoleErrors } = await openPage(browser, `/events?q=${encodeURIComponent('круглый стол')}&report=2025-Q3`);
    const link = page.getByRole('link', { name: /window\.__xss/ });
    expect(await link.innerText()).toContain(XSS_TITLE);
    await link.click();
    // The event's page keeps the list's filters in its URL (a drill-down returns to the same selection).
    await page.waitForURL(/\/events\/\d+(\?|$)/);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('body').innerText()).toContain(XSS_TITLE);
    expect(await page.locator('body').innerText()).toContain('<img src=x onerror="window.__xss = 1">');
    await page.goto(url('/quality'), { waitUntil: 'networkidle' });
    await page.goto(url('/map?report=2025-Q3'), { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"], b:text("жирный")').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('bad input', () => {
  test.each([
    '/events?country=ZZZ&from=abc&sphere=%3Cscript%3E&page=-1',
    '/?from=2025-Q9&to=&kind=bogus&dateFrom=2025-13-45',
    '/map?place=0&report=%00',
    '/countries?region=%27%20or%201%3D1',
  ])('%s answers 200 with the notice that bad filter values were ignored', async (route) => {
    const { page, consoleErrors } = await openPage(browser, route);
    expect(await page.getByText('Некорректные значения фильтров проигнорированы').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  test.each(['/events/abc', '/events/99999999', '/countries/zz', '/spheres/%3Cscript%3E'])('%s is a 404, not a 500', async (route) => {
    expect((await fetch(url(route))).status).toBe(404);
  });

  test('an upload over the size limit is 413; a zip with too many entries is refused; a bad period is 400', async () => {
    const cookie = await loginCookie(ADMIN.username, ADMIN.password);
    const big = new Uint8Array(21 * 1024 * 1024).fill(0x41);
    expect((await post('/api/import/preview', uploadForm(big, 'big.txt'), cookie)).status).toBe(413);
    const zip = new JSZip();
    for (let i = 0; i < 2001; i++) zip.file(`word/f${i}.xml`, '<a/>');
    const bomb = await zip.generateAsync({ type: 'uint8array' });
    const refused = await post('/api/import/preview', uploadForm(bomb, 'report.docx'), cookie);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { message: string }).message).toMatch(/entries, over the limit of 2000/);
    const badPeriod = await fetch(url('/api/import/reports/2025-Q9'), { method: 'DELETE', headers: { cookie } });
    expect(badPeriod.status).toBe(400);
  });
});

describe('faults', () => {
  test('readers keep being served while an import runs', async () => {
    const cookie = await loginCookie(ADMIN.username, ADMIN.password);
    const preview = await post('/api/import/preview', uploadForm(xssReport().replace('10 сентября', '11 сентября'), 'v2.txt'), cookie);
    const { contentHash, basis } = (await preview.json()) as { contentHash: string; basis: string };
    const importing = post('/api/import/confirm', uploadForm(xssReport().replace('10 сентября', '11 сентября'), 'v2.txt', { contentHash, basis }), cookie);
    const reads = await Promise.all(['/', '/events', '/quality', '/spheres'].map((route) => fetch(url(route))));
    expect(reads.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    expect((await importing).status).toBe(200);
  });

  test('npm run db:backup makes a consistent copy while the app serves', async () => {
    const target = path.join(dir, 'backup.sqlite');
    const serving = Promise.all(['/', '/map', '/events'].map((route) => fetch(url(route))));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-backup.ts', target], { env: { ...process.env, DATABASE_PATH: inject('databasePath') }, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('integrity ok');
    expect((await serving).every((response) => response.ok)).toBe(true);
    const copy = new Database(target, { readonly: true });
    const q4 = copy.prepare("select count(*) as n from events join reports on reports.id = events.report_id where period_key = '2025-Q4'").get();
    copy.close();
    expect(q4).toEqual({ n: 70 });
  });
});
