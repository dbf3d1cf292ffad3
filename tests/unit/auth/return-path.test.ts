import { describe, expect, test } from 'vitest';
import { safeReturnPath } from '@/lib/auth/return-path';

describe('safeReturnPath', () => {
  test.each([
    '/',
    '/events',
    '/events?q=%D0%BA%D1%80&report=2025-Q4',
    '/events?q=1%2F2',
    '/countries/BY#top',
    '/import',
  ])('keeps the local path %s', (value) => {
    expect(safeReturnPath(value)).toBe(value);
  });

  test.each([
    ['tab between the slashes (the reported attack)', '/\t/example.test/x'],
    ['newline between the slashes', '/\n/example.test/x'],
    ['carriage return', '/\r/example.test'],
    ['protocol-relative', '//example.test/x'],
    ['backslash', '/\\example.test'],
    ['backslash later on', '/a\\..\\..\\example.test'],
    ['leading whitespace', ' //example.test'],
    ['absolute URL', 'https://example.test/'],
    ['javascript URL', 'javascript:alert(1)'],
    ['encoded slash', '/%2F/example.test'],
    ['encoded backslash', '/%5Cexample.test'],
    ['encoded tab', '/%09/example.test'],
    ['NUL', '/\u0000/example.test'],
    ['non-ASCII', '/\u2215example.test'],
    ['empty', ''],
    ['relative', 'events'],
  ])('refuses %s', (_label, value) => {
    expect(safeReturnPath(value)).toBe('/');
  });

  test('refuses what is not one string', () => {
    expect(safeReturnPath(undefined)).toBe('/');
    expect(safeReturnPath(['/events', '//example.test'])).toBe('/');
    expect(safeReturnPath(`/${'a'.repeat(3000)}`)).toBe('/');
  });

  test('normalises dot segments so the result stays on this site', () => {
    expect(safeReturnPath('/a/../events')).toBe('/events');
    expect(safeReturnPath('/./events')).toBe('/events');
  });
});
