/**
 * proxy.ts with READ_ACCESS=login: pages send visitors without a valid session to the login page,
 * API requests answer 401, the login page itself stays open, and every response carries the CSP.
 */
import { sealData } from 'iron-session';
import { NextRequest } from 'next/server';
import { describe, expect, test, vi } from 'vitest';

const SECRET = vi.hoisted(() => {
  const secret = 'proxy-test-session-secret-of-enough-length-0123456789';
  process.env.SESSION_SECRET = secret;
  process.env.READ_ACCESS = 'login';
  return secret;
});

const { proxy } = await import('@/proxy');

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
    const cookie = await sealData({ userId: 1 }, { password: SECRET, ttl: 3600 });
    const page = await proxy(request('/map', cookie));
    expect(page.headers.get('location')).toBeNull();
    expect(page.headers.get('content-security-policy')).toMatch(/'nonce-[^']+'/);
  });
});
