import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { backupDatabase } from '@/db/backup';
import { openDb } from '@/db/client';
import { createRealReportDb, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb | undefined;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-test-'));
afterEach(() => testDb?.cleanup());

describe('database backup and opening', () => {
  test('a backup of a database in use holds the same 70 events and passes integrity_check', async () => {
    testDb = await createRealReportDb();
    const target = path.join(dir, 'copy.sqlite');
    await backupDatabase(testDb.file, target);
    const copy = openDb(target, { migrate: false });
    expect(copy.$client.prepare('select count(*) as n from events').get()).toEqual({ n: 70 });
    copy.$client.close();
  });

  test('a backup never overwrites a file, and a missing source is named', async () => {
    testDb = await createRealReportDb();
    const existing = path.join(dir, 'exists.sqlite');
    fs.writeFileSync(existing, 'keep me');
    await expect(backupDatabase(testDb.file, existing)).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(existing, 'utf8')).toBe('keep me');
    await expect(backupDatabase(path.join(dir, 'missing.sqlite'), path.join(dir, 'x.sqlite'))).rejects.toThrow(/does not exist/);
  });

  test('a corrupt database file gives a clear message naming the file', () => {
    const corrupt = path.join(dir, 'corrupt.sqlite');
    fs.writeFileSync(corrupt, 'this is not a database, just text that is long enough to be read as a header'.repeat(20));
    expect(() => openDb(corrupt)).toThrow(`Database ${corrupt} cannot be opened: file is not a database`);
  });

  test('a file damaged inside is refused when opened with the check (npm start), opened without it', async () => {
    testDb = await createRealReportDb();
    const damaged = path.join(dir, 'damaged.sqlite');
    await backupDatabase(testDb.file, damaged);
    // Zeros over the header of the last page (its b-tree page type gone): the file header is intact.
    const bytes = fs.readFileSync(damaged);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0, bytes.length - pageSize, bytes.length - pageSize + 16);
    fs.writeFileSync(damaged, bytes);
    expect(() => openDb(damaged, { migrate: false, check: true })).toThrow(`Database ${damaged} cannot be opened: database disk image is malformed`);
    openDb(damaged, { migrate: false }).$client.close();
  });
});
