import { describe, expect, test } from 'vitest';
import { readUploadedFile, safeFileName, UploadError } from '@/lib/import/upload';

function uploadRequest(content: string, name = 'report.txt', headers: Record<string, string> = {}): Request {
  const form = new FormData();
  form.set('file', new File([content], name));
  return new Request('http://localhost/api/import/preview', { method: 'POST', body: form, headers });
}

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    return error instanceof UploadError ? `${error.status} ${error.code}` : String(error);
  }
}

describe('reading an upload', () => {
  test('the file bytes and a cleaned name come back', async () => {
    const upload = await readUploadedFile(uploadRequest('привет', '../../etc/отчёт.txt'), 1024);
    expect(new TextDecoder().decode(upload.bytes)).toBe('привет');
    expect(upload.fileName).toBe('отчёт.txt');
  });

  test('a file over the limit is refused with 413, whatever Content-Length claims', async () => {
    expect(await problemOf(readUploadedFile(uploadRequest('x'.repeat(2048)), 1024))).toBe('413 too_large');
    const huge = 'y'.repeat(200 * 1024);
    expect(await problemOf(readUploadedFile(uploadRequest(huge, 'a.txt', { 'content-length': '10' }), 1024))).toBe('413 too_large');
  });

  test('a declared Content-Length over the limit is refused before reading', async () => {
    expect(await problemOf(readUploadedFile(uploadRequest('small', 'a.txt', { 'content-length': String(50 * 1024 * 1024) }), 1024))).toBe('413 too_large');
  });

  test('a form without a file, or not a form at all, is a 400', async () => {
    const empty = new Request('http://localhost/', { method: 'POST', body: new FormData() });
    expect(await problemOf(readUploadedFile(empty, 1024))).toBe('400 no_file');
    const json = new Request('http://localhost/', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(await problemOf(readUploadedFile(json, 1024))).toBe('400 bad_form');
  });

  test.each([
    ['C:\\Users\\anna\\report.docx', 'report.docx'],
    ['evil\u202Etxt.docx', 'eviltxt.docx'],
    ['', 'report'],
  ])('file name %j is stored as %j', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });
});
