import { sealData } from 'iron-session';
import { describe, expect, test, vi } from 'vitest';

const SECRET = vi.hoisted(() => {
  const secret = 'unit-test-session-secret-of-enough-length-0123456789';
  process.env.SESSION_SECRET = secret;
  return secret;
});

const { isHttps, readSessionCookie } = await import('@/lib/auth/session');

describe('session cookie', () => {
  test('a cookie sealed with the key gives back its user id and session generation', async () => {
    const cookie = await sealData({ userId: 7, generation: 3 }, { password: SECRET, ttl: 3600 });
    expect(await readSessionCookie(cookie)).toEqual({ userId: 7, generation: 3 });
  });

  test('a cookie sealed with another key, a tampered or a missing cookie give null', async () => {
    const foreign = await sealData({ userId: 7 }, { password: 'x'.repeat(40), ttl: 3600 });
    const genuine = await sealData({ userId: 7 }, { password: SECRET, ttl: 3600 });
    expect(await readSessionCookie(foreign)).toBeNull();
    expect(await readSessionCookie(`${genuine.slice(0, -3)}abc`)).toBeNull();
    expect(await readSessionCookie('{"userId":1}')).toBeNull();
    expect(await readSessionCookie(undefined)).toBeNull();
  });

  test('the cookie is Secure only for requests that came over HTTPS', () => {
    expect(isHttps(new Request('https://dash.example/'))).toBe(true);
    // Without TRUST_PROXY a client-sent X-Forwarded-Proto proves nothing (tests/unit/security/client-address.test.ts).
    expect(isHttps(new Request('http://127.0.0.1/', { headers: { 'x-forwarded-proto': 'https' } }))).toBe(false);
    expect(isHttps(new Request('http://127.0.0.1/'))).toBe(false);
  });
});
