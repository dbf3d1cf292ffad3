/**
 * The import against a real SQLite file: idempotency, replacement by period, atomicity, and every
 * kind of bad input named in the ingestion issue.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { importReportBytes, importReportFile } from '@/lib/import/import-report';
import { readTextTable } from '@/lib/ingest/table-text';
import { buildReportDocx } from '@/tests/fixtures/build-docx';
import { REAL_REPORT_PATH, realReportText } from '@/tests/helpers/real-report';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb;
let dir: string;

beforeEach(() => {
  testDb = createTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-test-'));
});
afterEach(() => {
  testDb.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

function count(table: string): number {
  return (testDb.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
}

function snapshot(): Record<string, number> {
  return Object.fromEntries(['reports', 'events', 'event_places', 'event_countries', 'import_warnings'].map((t) => [t, count(t)]));
}

function writeFile(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** The real report with one event's title changed: same period, new content. */
const editedReport = () => realReportText().replace('Реверсная бизнес-миссия из Республики Узбекистан', 'Реверсная бизнес-миссия из Узбекистана');

describe('storing the real report', () => {
  test('stores 70 events of period 2025-Q4', async () => {
    const result = await importReportFile(testDb.db, REAL_REPORT_PATH);
    expect(result).toMatchObject({ outcome: 'created', periodKey: '2025-Q4', eventCount: 70 });
    expect(count('events')).toBe(70);
  });

  test('the same file twice changes nothing', async () => {
    await importReportFile(testDb.db, REAL_REPORT_PATH);
    const before = snapshot();
    const again = await importReportFile(testDb.db, REAL_REPORT_PATH);
    expect(again.outcome).toBe('unchanged');
    expect(snapshot()).toEqual(before);
  });

  test('a new file for a stored period replaces that report atomically', async () => {
    await importReportFile(testDb.db, REAL_REPORT_PATH);
    const before = snapshot();
    const result = await importReportFile(testDb.db, writeFile('q4-edited.txt', editedReport()));
    expect(result.outcome).toBe('replaced');
    expect(snapshot()).toEqual(before);
    const title = testDb.db.$client.prepare('select title from events where seq = 7').get() as { title: string };
    expect(title.title).toBe('Реверсная бизнес-миссия из Узбекистана');
  });

  test('a failure midway leaves the database as it was', async () => {
    await importReportFile(testDb.db, REAL_REPORT_PATH);
    const before = snapshot();
    // A real fault inside the transaction: the 40th event row cannot be written.
    testDb.db.$client.exec("create trigger fail_midway before insert on events when new.seq = 40 begin select raise(abort, 'injected failure'); end");
    await expect(importReportFile(testDb.db, writeFile('q4-edited.txt', editedReport()))).rejects.toThrow('injected failure');
    expect(snapshot()).toEqual(before);
    const title = testDb.db.$client.prepare('select title from events where seq = 7').get() as { title: string };
    expect(title.title).toBe('Реверсная бизнес-миссия из Республики Узбекистан');
  });

  test('the .docx form stores the same events as the text form', async () => {
    const docx = await buildReportDocx(readTextTable(realReportText()));
    await importReportBytes(testDb.db, docx, 'report.docx');
    expect(count('events')).toBe(70);
    expect(count('event_countries')).toBeGreaterThan(70);
  });

  test('a Windows-1251 text file is decoded', async () => {
    const result = await importReportBytes(testDb.db, encodeWindows1251(realReportText()), 'report-cp1251.txt');
    expect(result).toMatchObject({ periodKey: '2025-Q4', eventCount: 70 });
  });
});

describe('bad input: a clear error naming the file, and nothing written', () => {
  const docxHalf = async () => {
    const docx = await buildReportDocx(readTextTable(realReportText()));
    return docx.subarray(0, Math.floor(docx.length / 2));
  };
  test.each([
    ['empty.txt', async () => '', /empty\.txt: the file is empty/],
    ['binary.txt', async () => new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0, 0]), /binary\.txt: binary data/],
    ['notes.txt', async () => 'Просто заметки без таблицы\nи без квартала', /notes\.txt: no events table found/],
    ['no-period.txt', async () => realReportText().replace('в IV квартале 2025 года', 'за отчётный период'), /no-period\.txt: the title names no quarter/],
    ['no-events.txt', async () => realReportText().split('\n').slice(0, 12).join('\n'), /no-events\.txt: the report table holds no events/],
    ['latin1.txt', async () => new Uint8Array([...Buffer.from('Rapport trimestriel ', 'latin1'), 0xe9, 0xe8, ...Buffer.from(' activites internationales', 'latin1')]), /latin1\.txt: the text is neither UTF-8 nor Windows-1251/],
    ['utf16.txt', async () => Buffer.from(`\ufeff${realReportText()}`, 'utf16le'), /utf16\.txt: UTF-16 text is not supported/],
    ['truncated.docx', docxHalf, /truncated\.docx: not a readable \.docx/],
    ['corrupt.docx', async () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]), /corrupt\.docx: not a readable \.docx/],
  ])('%s', async (name, content, message) => {
    await importReportFile(testDb.db, REAL_REPORT_PATH);
    const before = snapshot();
    await expect(importReportFile(testDb.db, writeFile(name, await content()))).rejects.toThrow(message);
    expect(snapshot()).toEqual(before);
  });

  test('a missing file is named', async () => {
    await expect(importReportFile(testDb.db, path.join(dir, 'missing.txt'))).rejects.toThrow(/missing\.txt: cannot be read \(ENOENT\)/);
  });
});

/** Windows-1251 bytes of a text, from the decoder's own table (Node has no 1251 encoder). */
function encodeWindows1251(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return new Uint8Array([...text].map((ch) => table.get(ch) ?? 0x3f));
}
