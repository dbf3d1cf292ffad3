/**
 * The import page's one reader of import API responses (app/import/post-form.ts): a success body
 * passes through as its route declares it, an error body is checked, and what is neither reads as
 * a server error, as the page showed before.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { postForm, readError } from '@/app/import/post-form';

function answer(status: number, body: string): void {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status, headers: { 'content-type': 'application/json' } })));
}
afterEach(() => vi.unstubAllGlobals());

describe('postForm', () => {
  test('a 200 carries the body of the route', async () => {
    answer(200, JSON.stringify({ outcome: 'created', periodKey: '2025-Q3', eventCount: 6 }));
    expect(await postForm('/api/import/confirm', new FormData())).toEqual({ ok: true, body: { outcome: 'created', periodKey: '2025-Q3', eventCount: 6 } });
  });

  test('a 422 carries the code and the technical reason; a 413 the size limit', async () => {
    answer(422, JSON.stringify({ error: 'unreadable', message: 'not a zip' }));
    expect(await postForm('/api/import/preview', new FormData())).toEqual({ ok: false, error: { error: 'unreadable', message: 'not a zip' } });
    answer(413, JSON.stringify({ error: 'too_large', limitBytes: 1024 }));
    expect(await postForm('/api/import/preview', new FormData())).toEqual({ ok: false, error: { error: 'too_large', limitBytes: 1024 } });
  });

  test('a page that is not JSON, a 200 without a body, or no answer at all is a server error', async () => {
    answer(502, '<html>Bad Gateway</html>');
    expect(await postForm('/api/import/preview', new FormData())).toEqual({ ok: false, error: { error: 'server' } });
    answer(200, '');
    expect(await postForm('/api/import/confirm', new FormData())).toEqual({ ok: false, error: { error: 'server' } });
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('network'))));
    expect(await postForm('/api/import/confirm', new FormData())).toEqual({ ok: false, error: { error: 'server' } });
  });
});

describe('readError', () => {
  test('keeps a code and drops what is not the error body', () => {
    expect(readError({ error: 'not_found', extra: 1 })).toEqual({ error: 'not_found' });
    expect(readError({ error: 42 })).toEqual({ error: 'server' });
    expect(readError(null)).toEqual({ error: 'server' });
  });
});
