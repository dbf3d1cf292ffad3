/**
 * Second hardening round (issue 13), against real servers: the shared one (public reading) and a
 * second one started here with READ_ACCESS=login. Each test reproduces an attack or a fault and
 * checks the safe outcome, and that nothing stored changed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ADMIN, deleteReportAsAdmin, loginCookie, loginInBrowser } from './auth';
import { E2E_ADMIN_ENV } from './global-setup';
import { openPage, url, useBrowser } from './fixtures';
import { startServer, type TestServer } from './server';

const browser = useBrowser();
let loginServer: TestServer;

beforeAll(async () => {
  loginServer = await startServer({ ...E2E_ADMIN_ENV, READ_ACCESS: 'login' }, { quiet: true });
});
afterAll(async () => {
  await loginServer?.stop();
});

/** Words only the stored data puts on a page: a partner country, a sphere label, the period. */
const STORED_WORDS = ['Беларусь', 'Казахстан', 'IV кв. 2025', 'f-country'];

async function loginCookieAt(baseUrl: string, username: string, password: string): Promise<string> {
  const form = new FormData();
  form.set('username', username);
  form.set('password', password);
  const response = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', body: form });
  if (!response.ok) throw new Error(`login failed: ${response.status}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

/** Preview then confirm one file through the API, as the import page does; the confirm's response. */
async function importThrough(baseUrl: string, cookie: string, content: string, fileName: string): Promise<Response> {
  const form = () => {
    const body = new FormData();
    body.set('file', new File([content], fileName));
    return body;
  };
  const previewed = await fetch(`${baseUrl}/api/import/preview`, { method: 'POST', body: form(), headers: { cookie } });
  const preview = (await previewed.json()) as { contentHash: string; basis: string };
  const confirm = form();
  confirm.set('contentHash', preview.contentHash);
  confirm.set('basis', preview.basis);
  return fetch(`${baseUrl}/api/import/confirm`, { method: 'POST', body: confirm, headers: { cookie } });
}

function storedCounts(databasePath: string): Record<string, number> {
  const db = new Database(databasePath, { readonly: true });
  const count = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  const counts = { reports: count('reports'), events: count('events'), audit_log: count('audit_log') };
  db.close();
  return counts;
}

describe('item 1: no stored data for anonymous visitors under READ_ACCESS=login', () => {
  test.each(['/login', '/login/x', '/loginx', '/favicon.ico', '/api/import/x', '/api/auth/x', '/no-such-page'])('%s shows no stored data', async (route) => {
    const response = await fetch(`${loginServer.baseUrl}${route}`, { redirect: 'manual' });
    const body = await response.text();
    for (const word of STORED_WORDS) expect(body, `${route} leaks "${word}"`).not.toContain(word);
  });

  test('a signed-in viewer does see them (the words above are what a leak would show)', async () => {
    const cookie = await loginCookieAt(loginServer.baseUrl, ADMIN.username, ADMIN.password);
    // A dashboard page (the login page has no filter bar, signed in or not).
    const body = await (await fetch(`${loginServer.baseUrl}/map`, { headers: { cookie } })).text();
    for (const word of STORED_WORDS) expect(body).toContain(word);
  });
});

describe('item 2: no open redirect after login', () => {
  test.each(['%2F%09%2Fexample.test%2Fx', '%2F%0A%2Fexample.test%2Fx', '%2F%5Cexample.test', '%2F%252F%2Fexample.test', '%2F%2Fexample.test'])(
    'next=%s lands on this site after signing in',
    async (next) => {
      const before = storedCounts(inject('databasePath'));
      const { page } = await openPage(browser, '/');
      await page.context().clearCookies();
      const requestedHosts: string[] = [];
      page.on('request', (request) => requestedHosts.push(new URL(request.url()).host));
      await page.goto(url(`/login?next=${next}`));
      await page.getByLabel('Имя пользователя').fill(ADMIN.username);
      await page.getByLabel('Пароль').fill(ADMIN.password);
      await page.getByRole('button', { name: 'Войти' }).click();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      expect(new URL(page.url()).host).toBe(new URL(url('/')).host);
      expect(requestedHosts).not.toContain('example.test');
      expect(storedCounts(inject('databasePath'))).toEqual(before);
      await page.context().clearCookies();
      await page.close();
    },
  );

  test('a local return path still works', async () => {
    const { page } = await openPage(browser, '/');
    await loginInBrowser(page, ADMIN.username, ADMIN.password, '/events');
    expect(new URL(page.url()).pathname).toBe('/events');
    await page.context().clearCookies();
    await page.close();
  });
});

describe('items 7 and 11: forwarding headers count only from a trusted proxy', () => {
  let direct: TestServer;
  let proxied: TestServer;
  beforeAll(async () => {
    [direct, proxied] = await Promise.all([startServer({}, { quiet: true }), startServer({ TRUST_PROXY: '1' }, { quiet: true })]);
  });
  afterAll(async () => {
    await Promise.all([direct?.stop(), proxied?.stop()]);
  });

  const attempt = (server: TestServer, username: string, forwardedFor: string) => {
    const form = new FormData();
    form.set('username', username);
    form.set('password', 'wrong password');
    return fetch(`${server.baseUrl}/api/auth/login`, { method: 'POST', body: form, headers: { 'x-forwarded-for': forwardedFor } });
  };

  test('rotating the header does not dodge the per-address limit (20 failures, then 429)', async () => {
    for (let i = 0; i < 20; i++) expect((await attempt(direct, `sprayed-${i}`, `198.51.100.${i}`)).status).toBe(401);
    const next = await attempt(direct, 'sprayed-20', '198.51.100.200');
    expect(next.status).toBe(429);
    expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  test('behind a trusted proxy (TRUST_PROXY=1) the proxy-appended address counts; a victim is not locked out by a spoofed entry', async () => {
    for (let i = 0; i < 20; i++) expect((await attempt(proxied, `guess-${i}`, '203.0.113.5')).status).toBe(401);
    expect((await attempt(proxied, 'guess-20', '203.0.113.5')).status).toBe(429);
    // The attacker (203.0.113.5) puts a victim's address first; the proxy appends the real one.
    expect((await attempt(proxied, 'guess-21', '203.0.113.7, 203.0.113.5')).status).toBe(429);
    // The victim, seen by the proxy as 203.0.113.7, is unaffected.
    expect((await attempt(proxied, 'victim', '203.0.113.5, 203.0.113.7')).status).toBe(401);
  });

  test('item 11: HSTS only when a trusted proxy says the client used HTTPS', async () => {
    const hsts = async (server: TestServer, headers: Record<string, string>) =>
      (await fetch(`${server.baseUrl}/events`, { headers })).headers.get('strict-transport-security');
    expect(await hsts(proxied, { 'x-forwarded-proto': 'https' })).toMatch(/^max-age=31536000/);
    expect(await hsts(proxied, { 'x-forwarded-proto': 'http' })).toBeNull();
    expect(await hsts(direct, { 'x-forwarded-proto': 'https' })).toBeNull();
    expect(await hsts(direct, {})).toBeNull();
  });
});

describe('item 11: API answers keep the policy that allows nothing', () => {
  test.each(['/api/export/countries?file=csv', '/api/auth/login', '/api/auth/x', '/api/import/x'])('%s', async (route) => {
    const response = await fetch(url(route));
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  test('pages keep their nonce policy', async () => {
    expect((await fetch(url('/events'))).headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-/);
  });
});

describe('item 8: logout ends the session', () => {
  test('an admin cookie saved before logout no longer passes the admin check; nothing is stored', async () => {
    const baseUrl = loginServer.baseUrl;
    const saved = await loginCookieAt(baseUrl, ADMIN.username, ADMIN.password);
    const other = await loginCookieAt(baseUrl, ADMIN.username, ADMIN.password);
    expect((await fetch(`${baseUrl}/import`, { headers: { cookie: saved }, redirect: 'manual' })).status).toBe(200);
    const before = storedCounts(loginServer.databasePath);
    const logout = await fetch(`${baseUrl}/api/auth/logout`, { method: 'POST', headers: { cookie: saved }, redirect: 'manual' });
    expect(logout.status).toBe(303);
    // The copy of the cookie: refused by the admin route and, under READ_ACCESS=login, by every page.
    const deleted = await fetch(`${baseUrl}/api/import/reports/2025-Q4`, { method: 'DELETE', headers: { cookie: saved } });
    expect(deleted.status).toBe(401);
    const page = await fetch(`${baseUrl}/events`, { headers: { cookie: saved }, redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toContain('/login');
    // Every device: the session of a second login ended too.
    expect((await fetch(`${baseUrl}/api/import/reports/2025-Q4`, { method: 'DELETE', headers: { cookie: other } })).status).toBe(401);
    expect(storedCounts(loginServer.databasePath)).toEqual(before);
  });

  test('a role change made in the database ends the sessions of that user', async () => {
    const baseUrl = loginServer.baseUrl;
    const cookie = await loginCookieAt(baseUrl, ADMIN.username, ADMIN.password);
    const db = new Database(loginServer.databasePath);
    db.prepare("update users set role = 'viewer' where username = ?").run(ADMIN.username);
    db.prepare("update users set role = 'admin' where username = ?").run(ADMIN.username);
    db.close();
    expect((await fetch(`${baseUrl}/api/import/reports/2025-Q9`, { method: 'DELETE', headers: { cookie } })).status).toBe(401);
    const fresh = await loginCookieAt(baseUrl, ADMIN.username, ADMIN.password);
    expect((await fetch(`${baseUrl}/api/import/reports/2025-Q9`, { method: 'DELETE', headers: { cookie: fresh } })).status).toBe(400);
  });

  test('the logout button says it signs out on every device', async () => {
    const { page } = await openPage(browser, '/');
    await loginInBrowser(page, ADMIN.username, ADMIN.password, '/');
    expect(await page.getByRole('button', { name: 'Выйти' }).getAttribute('title')).toBe('Выйти на всех устройствах');
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('link', { name: 'Войти' }).count()).toBe(1);
    await page.close();
  });
});

describe('item 12: a server action posted with garbage', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({}, { quiet: true });
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** The id of the map popup's action in this build. */
  function actionId(): string {
    const manifest = path.join(process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json');
    const ids = Object.keys((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { node: Record<string, unknown> }).node);
    expect(ids).toHaveLength(1);
    return ids[0] ?? '';
  }

  const postAction = (id: string, body: string, contentType = 'text/plain;charset=UTF-8') =>
    fetch(`${server.baseUrl}/map`, { method: 'POST', body, headers: { 'next-action': id, 'content-type': contentType, accept: 'text/x-component' } });

  test('answers 4xx, logs one line, not a stack trace per request; a valid call still works', async () => {
    const id = actionId();
    const before = server.output().length;
    for (let i = 0; i < 25; i++) expect((await postAction(id, 'garbage')).status).toBe(400);
    expect((await postAction(id, 'garbage', 'multipart/form-data; boundary=xx')).status).toBe(400);
    expect((await postAction(`${id.slice(0, -1)}${id.endsWith('0') ? '1' : '0'}`, 'garbage')).status).toBe(404);
    // Well-formed lists of the wrong shapes: the action refuses them itself (null), still no 500.
    for (const body of ['["x","y"]', '[-5,""]', '{"a":1}', '[]']) expect((await postAction(id, body)).status).toBeLessThan(500);
    const logged = server.output().slice(before);
    expect(logged).not.toMatch(/^\s+at /m);
    expect(logged).not.toContain('ZodError');
    expect(logged.trim().split('\n').length).toBeLessThanOrEqual(2);

    const db = new Database(server.databasePath, { readonly: true });
    const place = db.prepare('select place_id as id from event_places limit 1').get() as { id: number };
    db.close();
    const valid = await postAction(id, JSON.stringify([place.id, '']));
    expect(valid.status).toBe(200);
    expect(await valid.text()).toContain('"title"');
  });
});

describe('item 10: a stale preview is refused', () => {
  const Q3 = 'tests/fixtures/reports/test-2025-Q3.txt';
  afterAll(async () => {
    await deleteReportAsAdmin('2025-Q3');
  });

  test('admin A previews, admin B stores another file for the period, A saves: refused in Russian; B\'s report stays', async () => {
    const { page } = await openPage(browser, '/');
    await loginInBrowser(page, ADMIN.username, ADMIN.password, '/import');
    await page.locator('input[type="file"]').setInputFiles(Q3);
    await page.getByTestId('import-preview').waitFor();

    const other = fs.readFileSync(Q3, 'utf8').replace('Круглый стол по космическим технологиям', 'Круглый стол по космической связи');
    const cookie = await loginCookie(ADMIN.username, ADMIN.password);
    const stored = await importThrough(url(''), cookie, other, 'other-q3.txt');
    expect(stored.status).toBe(200);
    const storedHash = createHash('sha256').update(other).digest('hex');
    const before = storedCounts(inject('databasePath'));

    await page.getByRole('button', { name: /Сохранить отчёт/ }).click();
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Пока открыт предпросмотр, отчёт за этот период сохранил другой пользователь');
    expect(storedCounts(inject('databasePath'))).toEqual(before);
    const db = new Database(inject('databasePath'), { readonly: true });
    expect(db.prepare("select source_file as f, content_hash as h from reports where period_key = '2025-Q3'").get()).toEqual({ f: 'other-q3.txt', h: storedHash });
    db.close();
    await page.context().clearCookies();
    await page.close();
  });
});

describe('item 9: a read-only database is named, in the API and on the page', () => {
  let server: TestServer | undefined;
  let dir: string;
  let file: string;
  let immutable = false;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readonly-e2e-'));
    file = path.join(dir, 'dashboard.sqlite');
    const source = new Database(inject('databasePath'), { readonly: true });
    await source.backup(file);
    source.close();
    try {
      // chattr +i stops even root from writing the file (chmod does not); needs root on ext4/tmpfs.
      execFileSync('chattr', ['+i', file], { stdio: 'ignore' });
      immutable = true;
    } catch {
      return;
    }
    server = await startServer({}, { quiet: true, databasePath: file });
  });
  afterAll(async () => {
    await server?.stop();
    if (immutable) execFileSync('chattr', ['-i', file]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('confirm answers 503 db_readonly naming the file; the page says it in Russian; the database is unchanged', async ({ skip }) => {
    if (!server) return skip('chattr +i is not available (not root?)');
    const before = storedCounts(file);
    const { page } = await openPage(browser, '/');
    await page.context().clearCookies();
    await page.goto(`${server.baseUrl}/login?next=%2Fimport`);
    await page.getByLabel('Имя пользователя').fill(ADMIN.username);
    await page.getByLabel('Пароль').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.waitForURL((current) => current.pathname === '/import');
    await page.locator('input[type="file"]').setInputFiles('tests/fixtures/reports/test-2025-Q3.txt');
    await page.getByTestId('import-preview').waitFor();
    const confirm = page.waitForResponse((response) => response.url().endsWith('/api/import/confirm'));
    await page.getByRole('button', { name: /Сохранить отчёт/ }).click();
    const response = await confirm;
    expect(response.status()).toBe(503);
    expect(await response.json()).toMatchObject({ error: 'db_readonly', message: expect.stringContaining(`database ${file} is read-only`) });
    const error = page.getByTestId('import-error');
    await error.waitFor();
    const text = await error.innerText();
    expect(text).toContain('База данных открыта только для чтения');
    expect(text).toContain(file);
    expect(storedCounts(file)).toEqual(before);
    await page.context().clearCookies();
    await page.close();
  });
});

describe('item 13: disk use in view', () => {
  afterAll(async () => {
    await deleteReportAsAdmin('2025-Q3');
  });

  test('an import through the server leaves an empty WAL; the import page shows database size and free disk', async () => {
    const cookie = await loginCookie(ADMIN.username, ADMIN.password);
    expect((await importThrough(url(''), cookie, fs.readFileSync('tests/fixtures/reports/test-2025-Q3.txt', 'utf8'), 'q3.txt')).status).toBe(200);
    expect(fs.statSync(`${inject('databasePath')}-wal`).size).toBe(0);

    const { page } = await openPage(browser, '/');
    await loginInBrowser(page, ADMIN.username, ADMIN.password, '/import');
    const storage = await page.getByTestId('storage-info').innerText();
    expect(storage).toMatch(/База данных: [\d,]+\s(КБ|МБ) \(журнал WAL: [\d,]+\s(Б|КБ)\)/);
    expect(storage).toMatch(/Свободно на диске: [\d,]+\s(МБ|ГБ|ТБ) из [\d,]+\s(ГБ|ТБ)/);
    await page.context().clearCookies();
    await page.close();
  });
});

describe('item 4: a report of 10 010 rows (the 70 Q4 rows repeated)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(E2E_ADMIN_ENV, { quiet: true });
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** The real report with its table body (sections and rows 1–70) repeated, rows renumbered. */
  function repeatedReport(copies: number): string {
    const lines = fs.readFileSync('data/reports/smolensk-international-2025-Q4.txt', 'utf8').split('\n');
    const bodyStart = lines.indexOf('\tСотрудничество в сфере экономического развития');
    const summary = lines.findIndex((line) => line.startsWith('\tВ IV квартале 2025 года состоялось'));
    const body = lines.slice(bodyStart, summary);
    const rows = body.filter((line) => /^\t\d+\. $/.test(line)).length;
    expect(rows).toBe(70);
    const repeated = Array.from({ length: copies }, (_, copy) => body.map((line) => line.replace(/^\t(\d+)\. $/, (_, n: string) => `\t${copy * rows + Number(n)}. `))).flat();
    return [...lines.slice(0, bodyStart), ...repeated, ...lines.slice(summary)].join('\n');
  }

  test('import, /quality and delete answer promptly; pairs are capped and paged', async () => {
    const text = repeatedReport(143);
    const cookie = await loginCookieAt(server.baseUrl, ADMIN.username, ADMIN.password);
    const stored = await importThrough(server.baseUrl, cookie, text, 'repeated.txt');
    expect(stored.status).toBe(200);
    expect(((await stored.json()) as { eventCount: number }).eventCount).toBe(10_010);

    const db = new Database(server.databasePath, { readonly: true });
    expect(db.prepare("select count(*) / 2 as n from event_matches where kind = 'possible_duplicate'").get()).toEqual({ n: 1_000 });
    expect(db.prepare("select count(*) as n from import_warnings where code = 'look_alikes_capped'").get()).toEqual({ n: 1 });
    db.close();

    const started = Date.now();
    const quality = await fetch(`${server.baseUrl}/quality?pairsPage=2`);
    expect(quality.status).toBe(200);
    const html = await quality.text();
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(html).toContain('Страница 2 из 10');
    expect(html).toContain('Слишком много похожих строк: показана только часть');
    expect(html.length).toBeLessThan(3_000_000);

    const deleting = Date.now();
    expect((await fetch(`${server.baseUrl}/api/import/reports/2025-Q4`, { method: 'DELETE', headers: { cookie } })).status).toBe(200);
    expect(Date.now() - deleting).toBeLessThan(10_000);
  }, 120_000);

  test('item 6: readers are answered while the 10 010-row report is parsed and stored (within twice the idle latency)', async () => {
    const text = repeatedReport(143).replace('Реверсная бизнес-миссия', 'Бизнес-миссия');
    const cookie = await loginCookieAt(server.baseUrl, ADMIN.username, ADMIN.password);
    const read = async () => {
      const started = performance.now();
      expect((await fetch(`${server.baseUrl}/events?page=3`)).status).toBe(200);
      return performance.now() - started;
    };
    // Idle: the same reads at the same pace, the page's queries warm as they are before an import.
    for (let i = 0; i < 5; i++) await read();
    const idle: number[] = [];
    for (let i = 0; i < 30; i++) {
      idle.push(await read());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    const during: number[] = [];
    let busy = true;
    const importing = importThrough(server.baseUrl, cookie, text, 'repeated-2.txt').finally(() => {
      busy = false;
    });
    while (busy) {
      during.push(await read());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await importing).status).toBe(200);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    console.log(`reader latency: idle median ${median(idle).toFixed(0)} ms; during the import median ${median(during).toFixed(0)} ms, max ${Math.max(...during).toFixed(0)} ms over ${during.length} reads`);
    expect(during.length).toBeGreaterThan(5);
    // Twice the idle latency, plus 50 ms for a shared 2-core machine whose other core does the
    // parsing. Parsed and stored on the event loop, reads waited for the whole import (10 s and more).
    expect(median(during)).toBeLessThanOrEqual(2 * median(idle) + 50);
    expect(Math.max(...during)).toBeLessThan(3_000);
  }, 180_000);
});
