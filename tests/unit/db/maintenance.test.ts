/**
 * Disk use in view (issue 13, item 13): the WAL is truncated by the checkpoint after an import,
 * and the storage figures are the files' real sizes and the disk's free space.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkpointWal, storageInfo } from '@/db/maintenance';
import { formatBytes } from '@/lib/format';
import { importReportFile } from '@/lib/import/import-report';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb;
afterEach(() => testDb.cleanup());

describe('checkpointWal', () => {
  test('after an import the WAL holds the whole report; the checkpoint truncates it to 0 bytes and keeps the data', async () => {
    testDb = createTestDb();
    await importReportFile(testDb.db, 'data/reports/smolensk-international-2025-Q4.txt');
    expect(fs.statSync(`${testDb.file}-wal`).size).toBeGreaterThan(100 * 1024);
    expect(checkpointWal(testDb.db.$client)).toEqual({ complete: true, walBytes: 0 });
    expect(fs.statSync(`${testDb.file}-wal`).size).toBe(0);
    expect(testDb.db.$client.prepare('select count(*) as n from events').get()).toEqual({ n: 70 });
  });
});

describe('storageInfo', () => {
  test('sizes of the database and its WAL files, and the free space of its disk', async () => {
    testDb = createTestDb();
    await importReportFile(testDb.db, 'data/reports/smolensk-international-2025-Q4.txt');
    const info = storageInfo(testDb.file);
    const disk = fs.statfsSync(path.dirname(testDb.file));
    expect(info.databaseBytes).toBe(fs.statSync(testDb.file).size);
    expect(info.walBytes).toBe(fs.statSync(`${testDb.file}-wal`).size + fs.statSync(`${testDb.file}-shm`).size);
    expect(info.freeBytes).toBe(disk.bavail * disk.bsize);
    expect(info.totalBytes).toBeGreaterThanOrEqual(info.freeBytes);
  });
});

describe('formatBytes', () => {
  test.each([
    [0, '0 Б'],
    [812, '812 Б'],
    [1536, '1,5 КБ'],
    [1_468_006, '1,4 МБ'],
    [79_456_894_976, '74 ГБ'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes).replace(/\u00a0/g, ' ')).toBe(text);
  });
});
