/**
 * Drifted and legacy reports through the whole import into a real SQLite file: what is stored for
 * an older five-column .docx and a half-year report, and how files that cannot be read are refused.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { importReportBytes } from '@/lib/import/import-report';
import { readTextTable } from '@/lib/ingest/table-text';
import { buildReportDocx } from '@/tests/fixtures/build-docx';
import { zipOf } from '@/tests/fixtures/zip';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';

const DIR = 'tests/fixtures/reports/drift';
let testDb: TestDb;

beforeEach(() => {
  testDb = createTestDb();
});
afterEach(() => testDb.cleanup());

const rows = (sql: string) => testDb.db.$client.prepare(sql).all();

describe('stored drifted reports', () => {
  test('a five-column .docx: period, printed numbers, sections matched to canonical spheres once their Roman numbering is stripped, the row account', async () => {
    const docx = await buildReportDocx(readTextTable(fs.readFileSync(`${DIR}/legacy-five-columns-2024-Q2.txt`, 'utf8')), { numbering: 'typed' });
    const result = await importReportBytes(testDb.db, docx, 'legacy.docx');
    expect(result).toMatchObject({ outcome: 'created', periodKey: '2024-Q2', eventCount: 4 });
    expect(rows('select period_kind, period_start, period_end from reports')).toEqual([{ period_kind: 'quarter', period_start: '2024-04-01', period_end: '2024-06-30' }]);
    // "I. Сотрудничество в сфере экономики" and "II. … культуры" are synonyms of canonical spheres (data/spheres/spheres.json).
    expect(rows('select e.seq, e.printed_no, s.slug from events e join spheres s on s.id = e.sphere_id order by e.seq')).toEqual([
      { seq: 1, printed_no: '1', slug: 'economy' },
      { seq: 2, printed_no: '2', slug: 'economy' },
      { seq: 3, printed_no: '1', slug: 'culture-tourism' },
      { seq: 4, printed_no: '2', slug: 'culture-tourism' },
    ]);
    const account = JSON.parse((rows('select row_account from reports')[0] as { row_account: string }).row_account);
    expect(account).toMatchObject({ rowsRead: 8, headers: 1, columnNumbers: 1, sections: 2, events: 4, skipped: [] });
  });

  test('a half-year report is stored as such, not forced into a quarter', async () => {
    const result = await importReportBytes(testDb.db, fs.readFileSync(`${DIR}/half-year-2025-H1.txt`), 'h1.txt');
    expect(result.periodKey).toBe('2025-H1');
    expect(rows('select period_key, period_kind, quarter, period_start, period_end from reports')).toEqual([
      { period_key: '2025-H1', period_kind: 'half', quarter: 0, period_start: '2025-01-01', period_end: '2025-06-30' },
    ]);
    expect(rows('select quarter_key from events order by seq')).toEqual([{ quarter_key: '2025-Q1' }, { quarter_key: '2025-Q2' }, { quarter_key: '2024-Q4' }]);
  });
});

describe('files that cannot be read are refused with a way out, and nothing is stored', () => {
  const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  test.each([
    ['report.doc', OLE2, /report\.doc: a Word 97–2003 \(\.doc\) file cannot be read: open it in Word or LibreOffice and save it as \.docx/],
    ['report.rtf', Buffer.from('{\\rtf1\\ansi Отчет}'), /report\.rtf: an RTF file cannot be read: .*save it as \.docx/],
    ['report.odt', zipOf([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }]), /report\.odt: an OpenDocument \(\.odt\) file cannot be read/],
  ])('%s', async (name, bytes, message) => {
    await expect(importReportBytes(testDb.db, bytes, name)).rejects.toMatchObject({ code: 'unsupported_format', message: expect.stringMatching(message) });
    expect(rows('select count(*) as n from reports')).toEqual([{ n: 0 }]);
  });
});
