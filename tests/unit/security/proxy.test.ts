/**
 * proxy.ts with READ_ACCESS=login: pages send visitors without a valid session to the login page,
 * API requests answer 401, the login page itself stays open, and every response carries the CSP.
 */
import { sealData } from 'iron-session';
import { NextRequest } from 'next/server';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';

const SECRET = vi.hoisted(() => {
  const secret = 'proxy-test-session-secret-of-enough-length-0123456789';
  process.env.SESSION_SECRET = secret;
  process.env.READ_ACCESS = 'login';
  return secret;
});
await vi.hoisted(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), 'proxy-test-')), 'proxy.sqlite');
});

const { proxy } = await import('@/proxy');
const { getDb } = await import('@/lib/queries/db');
const { createUser } = await import('@/lib/auth/users');
const { endSessions } = await import('@/lib/auth/session-user');
const reader = await createUser(getDb(), { username: 'reader', password: 'reader password', role: 'viewer' });
afterAll(() => {
  getDb().$client.close();
  fs.rmSync(path.dirname(getDb().$client.name), { recursive: true, force: true });
});

const request = (path: string, cookie?: string) => new NextRequest(`http://localhost${path}`, { headers: cookie ? { cookie: `smolensk_session=${cookie}` } : {} });

describe('proxy with READ_ACCESS=login', () => {
  test('a page without a session redirects to the login page, keeping where the visitor wanted to go', async () => {
    const response = await proxy(request('/events?country=BY'));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.pathname).toBe('/login');
    expect(location.searchParams.get('next')).toBe('/events?country=BY');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  test('an API request without a session is 401; a forged cookie counts as none', async () => {
    expect((await proxy(request('/api/export/events'))).status).toBe(401);
    expect((await proxy(request('/', 'forged'))).status).toBe(303);
  });

  test('the login page and a signed-in reader pass, with a nonce CSP', async () => {
    const login = await proxy(request('/login'));
    expect(login.headers.get('location')).toBeNull();
    const cookie = await sealData({ userId: reader.id, generation: reader.sessionGeneration }, { password: SECRET, ttl: 3600 });
    const page = await proxy(request('/map', cookie));
    expect(page.headers.get('location')).toBeNull();
    expect(page.headers.get('content-security-policy')).toMatch(/'nonce-[^']+'/);
  });

  test('a cookie of an ended session (logout elsewhere), of an unknown user or without a generation redirects', async () => {
    const user = await createUser(getDb(), { username: 'leaver', password: 'leaver password', role: 'viewer' });
    const saved = await sealData({ userId: user.id, generation: user.sessionGeneration }, { password: SECRET, ttl: 3600 });
    expect((await proxy(request('/map', saved))).headers.get('location')).toBeNull();
    endSessions(getDb(), user.id);
    expect((await proxy(request('/map', saved))).status).toBe(303);
    expect((await proxy(request('/map', await sealData({ userId: 999, generation: 0 }, { password: SECRET, ttl: 3600 })))).status).toBe(303);
    expect((await proxy(request('/map', await sealData({ userId: reader.id }, { password: SECRET, ttl: 3600 })))).status).toBe(303);
  });
});
