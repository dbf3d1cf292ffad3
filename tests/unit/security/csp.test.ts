import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, tileSource } from '@/lib/security/csp';

function directives(policy: string): Map<string, string> {
  return new Map(policy.split('; ').map((part) => [part.split(' ')[0] ?? '', part.slice(part.indexOf(' ') + 1)]));
}

describe('content security policy', () => {
  test('scripts need the nonce; no eval in production; framing and plugins are refused', () => {
    const policy = directives(contentSecurityPolicy('abc', { dev: false }));
    expect(policy.get('script-src')).toBe("'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('img-src')).toBe("'self' data: blob:");
  });

  test('a tile server is allowed for images and for the PNG export that refetches them, with its subdomain pattern', () => {
    expect(tileSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
    const policy = directives(contentSecurityPolicy('abc', { dev: false, tileUrl: 'https://tiles.example/{z}/{x}/{y}.png' }));
    expect(policy.get('img-src')).toBe("'self' data: blob: https://tiles.example");
    expect(policy.get('connect-src')).toBe("'self' https://tiles.example");
    expect(policy.get('script-src')).not.toContain('tiles.example');
  });
});
