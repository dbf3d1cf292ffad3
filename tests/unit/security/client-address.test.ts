import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { clientAddress, isHttpsRequest, parseTrustProxy, PEER_HEADER, PEER_HEADER_ENV, PEER_TLS_HEADER } from '@/lib/security/client-address';

const headers = (values: Record<string, string>) => new Headers(values);

beforeEach(() => {
  process.env[PEER_HEADER_ENV] = '1';
});
afterEach(() => {
  delete process.env[PEER_HEADER_ENV];
});

describe('parseTrustProxy', () => {
  test('empty, a hop count, or addresses', () => {
    expect(parseTrustProxy(undefined)).toEqual({ kind: 'none' });
    expect(parseTrustProxy('')).toEqual({ kind: 'none' });
    expect(parseTrustProxy('1')).toEqual({ kind: 'hops', hops: 1 });
    expect(parseTrustProxy('127.0.0.1, ::1, ::ffff:10.0.0.2')).toEqual({ kind: 'addresses', addresses: new Set(['127.0.0.1', '::1', '10.0.0.2']) });
  });

  test('anything else is a configuration error', () => {
    expect(() => parseTrustProxy('yes')).toThrow(/neither a hop count nor an IP address/);
    expect(() => parseTrustProxy('10.0.0.0/8')).toThrow();
  });
});

describe('clientAddress', () => {
  const spoofed = { [PEER_HEADER]: '203.0.113.9', 'x-forwarded-for': '198.51.100.1' };

  test('without TRUST_PROXY a client-chosen X-Forwarded-For is ignored: the peer counts', () => {
    expect(clientAddress(headers(spoofed), parseTrustProxy(''))).toBe('203.0.113.9');
  });

  test('without the serving wrapper the peer is unknown, whatever the headers say', () => {
    delete process.env[PEER_HEADER_ENV];
    expect(clientAddress(headers(spoofed), parseTrustProxy(''))).toBeUndefined();
  });

  test('one trusted hop: the address the proxy appended, not one the client put before it', () => {
    const forwarded = headers({ [PEER_HEADER]: '127.0.0.1', 'x-forwarded-for': '198.51.100.1, 203.0.113.9' });
    expect(clientAddress(forwarded, parseTrustProxy('1'))).toBe('203.0.113.9');
    expect(clientAddress(forwarded, parseTrustProxy('2'))).toBe('198.51.100.1');
    expect(clientAddress(forwarded, parseTrustProxy('5'))).toBe('198.51.100.1');
  });

  test('trusted addresses: forwarding counts only from them, walking right to left', () => {
    const trust = parseTrustProxy('127.0.0.1, 10.0.0.2');
    expect(clientAddress(headers({ [PEER_HEADER]: '::ffff:127.0.0.1', 'x-forwarded-for': '198.51.100.1, 203.0.113.9, 10.0.0.2' }), trust)).toBe('203.0.113.9');
    expect(clientAddress(headers({ [PEER_HEADER]: '192.0.2.50', 'x-forwarded-for': '198.51.100.1' }), trust)).toBe('192.0.2.50');
  });
});

describe('isHttpsRequest', () => {
  const proxied = headers({ [PEER_HEADER]: '127.0.0.1', 'x-forwarded-proto': 'https' });

  test('X-Forwarded-Proto counts only from a trusted proxy', () => {
    expect(isHttpsRequest('http://app.local/', proxied, parseTrustProxy(''))).toBe(false);
    expect(isHttpsRequest('http://app.local/', proxied, parseTrustProxy('1'))).toBe(true);
    expect(isHttpsRequest('http://app.local/', proxied, parseTrustProxy('127.0.0.1'))).toBe(true);
    expect(isHttpsRequest('http://app.local/', proxied, parseTrustProxy('10.0.0.2'))).toBe(false);
  });

  test('the nearest proxy\'s value counts, not one the client sent before it', () => {
    expect(isHttpsRequest('http://app.local/', headers({ [PEER_HEADER]: '127.0.0.1', 'x-forwarded-proto': 'https, http' }), parseTrustProxy('1'))).toBe(false);
  });

  test('a direct HTTPS connection is HTTPS; a URL that Next.js built from a client header is not', () => {
    expect(isHttpsRequest('http://app.local/', headers({ [PEER_TLS_HEADER]: '1' }), parseTrustProxy(''))).toBe(true);
    expect(isHttpsRequest('https://app.local/', headers({ [PEER_TLS_HEADER]: '0', 'x-forwarded-proto': 'https' }), parseTrustProxy(''))).toBe(false);
    delete process.env[PEER_HEADER_ENV];
    expect(isHttpsRequest('https://app.local/', headers({}), parseTrustProxy(''))).toBe(true);
  });
});
