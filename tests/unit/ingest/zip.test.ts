/**
 * A zip bomb that lies about its sizes: the central directory declares 1 000 bytes, the deflated
 * data inflates to far more. Inflation must stop at the cap, whatever the archive claims.
 */
import { describe, expect, test } from 'vitest';
import { readDocxTable } from '@/lib/ingest/table-docx';
import { DOCX_READ_LIMITS, readZipTexts } from '@/lib/ingest/zip';
import { zipOf } from '@/tests/fixtures/zip';

const MB = 1024 * 1024;

describe('readZipTexts', () => {
  test('reads the wanted entries, stored or deflated, and leaves out absent ones', () => {
    const zip = zipOf([
      { name: 'a.xml', data: '<a>привет</a>' },
      { name: 'b.xml', data: '<b>мир</b>'.repeat(100), deflate: true },
    ]);
    const texts = readZipTexts(zip, ['a.xml', 'b.xml', 'c.xml']);
    expect([...texts.keys()]).toEqual(['a.xml', 'b.xml']);
    expect(texts.get('b.xml')).toBe('<b>мир</b>'.repeat(100));
  });

  test('an entry that inflates past its cap is refused, though it declares 1 000 bytes', () => {
    const bomb = zipOf([{ name: 'word/document.xml', data: Buffer.alloc(8 * MB), deflate: true, declaredSize: 1000 }]);
    expect(bomb.length).toBeLessThan(20_000);
    expect(() => readZipTexts(bomb, ['word/document.xml'], { ...DOCX_READ_LIMITS, maxEntryBytes: MB })).toThrow(
      /word\/document\.xml unpacks to more than 1 MB \(it declares 1000 bytes\): refused as a zip bomb/,
    );
  });

  test('the total cap holds across entries', () => {
    const entries = ['x.xml', 'y.xml'].map((name) => ({ name, data: Buffer.alloc(3 * MB), deflate: true, declaredSize: 10 }));
    const limits = { ...DOCX_READ_LIMITS, maxEntryBytes: 4 * MB, maxUncompressedBytes: 5 * MB };
    expect(() => readZipTexts(zipOf(entries), ['x.xml', 'y.xml'], limits)).toThrow(/y\.xml unpacks to more than 2 MB/);
  });
});

describe('a .docx bomb with falsified sizes, at the real limits', () => {
  test('stops at the per-entry cap with a clear error instead of inflating everything', async () => {
    const size = DOCX_READ_LIMITS.maxEntryBytes + 16 * MB;
    const bomb = zipOf([{ name: 'word/document.xml', data: Buffer.alloc(size, 0x20), deflate: true, declaredSize: 1000 }]);
    const before = process.memoryUsage().rss;
    await expect(readDocxTable(bomb)).rejects.toThrow(/not a readable \.docx document: word\/document\.xml unpacks to more than 64 MB/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MB);
  });
});
