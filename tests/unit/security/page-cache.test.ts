/**
 * The rendered-page cache (lib/page-cache/page-cache.ts) through the hooks scripts/serve.mjs calls:
 * which requests may be answered from it and under which key (who asks, the data version, the
 * URL), that a kept page goes out with a fresh nonce in its body and its CSP, what is never kept,
 * and that an import makes every kept page stale.
 */
import { sealData } from 'iron-session';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import type { CachedAnswer, RequestLike } from '@/lib/page-cache/page-cache';
import { REAL_REPORT_PATH } from '../../helpers/real-report';

const SECRET = vi.hoisted(() => {
  const secret = 'page-cache-test-session-secret-of-enough-length-0123';
  process.env.SESSION_SECRET = secret;
  process.env.READ_ACCESS = 'public';
  process.env.QUERY_CACHE = 'on';
  return secret;
});
await vi.hoisted(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), 'page-cache-test-')), 'page-cache.sqlite');
});

const { installPageCache } = await import('@/lib/page-cache/page-cache');
const { getDb } = await import('@/lib/queries/db');
const { createUser } = await import('@/lib/auth/users');
const { importReportFile } = await import('@/lib/import/import-report');
installPageCache();
const hooks = (globalThis as Record<symbol, unknown>)[Symbol.for('smolensk-dashboard.page-cache')] as {
  keyOf: (request: RequestLike) => Promise<string | null>;
  answer: (key: string) => CachedAnswer | null;
  keep: (key: string, status: number, headers: Record<string, string | string[] | number | undefined>, body: string) => void;
};
const editor = await createUser(getDb(), { username: 'editor', password: 'editor password', role: 'editor' });
const viewer = await createUser(getDb(), { username: 'viewer', password: 'viewer password', role: 'viewer' });
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(path.dirname(getDb().$client.name), { recursive: true, force: true });
});

const cookieOf = async (user: { id: number; sessionGeneration: number }) =>
  `smolensk_session=${await sealData({ userId: user.id, generation: user.sessionGeneration }, { password: SECRET, ttl: 3600 })}`;
const get = (url: string, headers: Record<string, string> = {}): RequestLike => ({ method: 'GET', url, headers: { host: 'localhost', ...headers } });

const NONCE = 'cmVuZGVyZWQtd2l0aC10aGlzLW5vbmNl';
const csp = (nonce: string) => `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`;
const page = (nonce: string, main = '<p>figures</p>') =>
  `<!DOCTYPE html><html lang="ru"><head><script src="/_next/static/chunks/a.js" nonce="${nonce}" async=""></script></head><body>${main}<script nonce="${nonce}">self.__next_f.push([1,""])</script></body></html>`;
const htmlHeaders = (nonce: string, extra: Record<string, string> = {}) => ({ 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp(nonce), 'x-frame-options': 'DENY', ...extra });

async function keyOf(request: RequestLike): Promise<string> {
  const key = await hooks.keyOf(request);
  if (key === null) throw new Error(`${request.url} is not cacheable`);
  return key;
}

describe('which requests the page cache answers', () => {
  test('document requests of the dashboard pages, anonymous or signed in', async () => {
    for (const url of ['/?from=2025-Q4&to=2025-Q4', '/map', '/countries', '/countries/BY', '/spheres/economy', '/sme', '/compare', '/events?country=BY', '/events/12', '/quality']) {
      expect(await hooks.keyOf(get(url))).not.toBeNull();
    }
  });

  test('never other pages, API requests, client navigations, server actions, or anything but a plain GET', async () => {
    for (const url of ['/import', '/login', '/brief?from=2025-Q4&to=2025-Q4', '/api/export/events', '/events/12/edit/x', '/map?_rsc=abc']) {
      expect(await hooks.keyOf(get(url)), url).toBeNull();
    }
    expect(await hooks.keyOf({ method: 'POST', url: '/map', headers: {} })).toBeNull();
    expect(await hooks.keyOf({ method: 'HEAD', url: '/map', headers: {} })).toBeNull();
    for (const header of ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action', 'if-none-match', 'range']) {
      expect(await hooks.keyOf(get('/map', { [header]: '1' })), header).toBeNull();
    }
  });

  test('each signed-in user has their own pages; a forged or ended session is a visitor', async () => {
    const anonymous = await keyOf(get('/events/12'));
    const asEditor = await keyOf(get('/events/12', { cookie: await cookieOf(editor) }));
    const asViewer = await keyOf(get('/events/12', { cookie: await cookieOf(viewer) }));
    expect(new Set([anonymous, asEditor, asViewer]).size).toBe(3);
    expect(await keyOf(get('/events/12', { cookie: 'smolensk_session=forged' }))).toBe(anonymous);
    expect(await keyOf(get('/events/12', { cookie: await cookieOf({ ...editor, sessionGeneration: editor.sessionGeneration + 1 }) }))).toBe(anonymous);
    expect(await keyOf(get('/events/13'))).not.toBe(anonymous);
  });
});

describe('kept pages', () => {
  test('go out with a new nonce in every script and in the CSP, the rest as rendered', async () => {
    const key = await keyOf(get('/map'));
    expect(hooks.answer(key)).toBeNull();
    hooks.keep(key, 200, htmlHeaders(NONCE), page(NONCE));
    const first = hooks.answer(key);
    const second = hooks.answer(key);
    const nonceOf = (answer: CachedAnswer | null) => /'nonce-([^']+)'/.exec(new Map(answer?.headers).get('content-security-policy') ?? '')?.[1] ?? '';
    for (const answer of [first, second]) {
      expect(answer?.status).toBe(200);
      expect(nonceOf(answer)).not.toBe(NONCE);
      expect(answer?.body.toString('utf8')).toBe(page(nonceOf(answer)));
      expect(new Map(answer?.headers).get('x-frame-options')).toBe('DENY');
    }
    expect(nonceOf(first)).not.toBe(nonceOf(second));
  });

  test('only complete pages answered 200 without a cookie being set or a server error in them', async () => {
    const cases: [string, number, Record<string, string>, string][] = [
      ['/countries/XX', 404, htmlHeaders(NONCE), page(NONCE)],
      ['/sme', 200, htmlHeaders(NONCE, { 'set-cookie': 'a=b' }), page(NONCE)],
      ['/spheres', 200, htmlHeaders(NONCE), page(NONCE).slice(0, -20)],
      ['/compare', 200, htmlHeaders(NONCE), page(NONCE, '<!--$!--><template data-dgst="2381761234"></template>')],
      ['/quality', 200, { 'content-type': 'application/json', 'content-security-policy': csp(NONCE) }, page(NONCE)],
    ];
    for (const [url, status, headers, body] of cases) {
      const key = await keyOf(get(url));
      hooks.keep(key, status, headers, body);
      expect(hooks.answer(key), url).toBeNull();
    }
    const chart = await keyOf(get('/countries'));
    hooks.keep(chart, 200, htmlHeaders(NONCE), page(NONCE, '<!--$!--><template data-dgst=""></template><div class="chart-skeleton"></div>'));
    expect(hooks.answer(chart)).not.toBeNull();
  });

  test('an import makes every kept page stale', async () => {
    const before = await keyOf(get('/map'));
    hooks.keep(before, 200, htmlHeaders(NONCE), page(NONCE));
    expect(hooks.answer(before)).not.toBeNull();
    await importReportFile(getDb(), REAL_REPORT_PATH);
    const after = await keyOf(get('/map'));
    expect(after).not.toBe(before);
    expect(hooks.answer(after)).toBeNull();
    expect(hooks.answer(before)).toBeNull();
  });
});
