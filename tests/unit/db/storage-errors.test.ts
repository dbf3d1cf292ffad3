/**
 * Storage faults named with the database file (issue 13, item 9): the CLI against a read-only
 * database file and against a full disk. Both need root (chattr +i, a small tmpfs); elsewhere they
 * are skipped. The mapping itself is tested everywhere.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { storageFailure } from '@/db/storage-errors';
import { createRealReportDb } from '@/tests/helpers/test-db';

const Q3 = 'tests/fixtures/reports/test-2025-Q3.txt';
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

function can(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A closed copy of a database holding the real report (no -wal or -shm beside it). */
async function databaseCopy(dir: string): Promise<string> {
  const source = await createRealReportDb();
  const file = path.join(dir, 'dashboard.sqlite');
  await source.db.$client.backup(file);
  source.cleanup();
  return file;
}

function ingest(databaseFile: string): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', Q3], { env: { ...process.env, DATABASE_PATH: databaseFile }, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

function contents(databaseFile: string): unknown {
  const db = new Database(databaseFile, { readonly: true });
  const rows = db.prepare('select period_key, content_hash, (select count(*) from events) as events from reports order by period_key').all();
  const integrity = db.pragma('integrity_check', { simple: true });
  db.close();
  return { rows, integrity };
}

describe('storageFailure', () => {
  test.each([
    ['SQLITE_READONLY', 'db_readonly', /database \/srv\/d\.sqlite is read-only .*\[SQLITE_READONLY\]; nothing was stored/],
    ['SQLITE_READONLY_DBMOVED', 'db_readonly', /read-only/],
    ['SQLITE_FULL', 'disk_full', /the disk is full/],
    ['ENOSPC', 'disk_full', /the disk is full/],
    ['SQLITE_IOERR_WRITE', 'db_io', /disk I\/O error/],
    ['SQLITE_BUSY', 'db_busy', /locked/],
  ])('%s → %s', (code, problem, message) => {
    const failure = storageFailure(Object.assign(new Error('x'), { code }), '/srv/d.sqlite');
    expect(failure?.problem).toBe(problem);
    expect(failure?.message).toMatch(message);
  });

  test('other errors are not storage faults', () => {
    expect(storageFailure(new Error('parse'), '/srv/d.sqlite')).toBeNull();
    expect(storageFailure(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }), '/srv/d.sqlite')).toBeNull();
    expect(storageFailure(null, '/srv/d.sqlite')).toBeNull();
  });
});

describe('npm run ingest on a broken disk', () => {
  const root = process.getuid?.() === 0;

  test.skipIf(!root)('a read-only database file: exit 1, the message names the file and the problem, the database is unchanged', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readonly-db-'));
    const file = await databaseCopy(dir);
    if (!can('chattr', ['+i', file])) return;
    cleanups.push(() => {
      can('chattr', ['-i', file]);
      fs.rmSync(dir, { recursive: true, force: true });
    });
    const before = contents(file);
    const result = ingest(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`error: ${Q3}: database ${file} is read-only`);
    expect(result.stderr).toContain('[SQLITE_READONLY]; nothing was stored');
    expect(contents(file)).toEqual(before);
  });

  test.skipIf(!root)('a full disk: exit 1, the message names the file and the problem, the database is unchanged', async () => {
    const mount = fs.mkdtempSync(path.join(os.tmpdir(), 'full-disk-'));
    const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'full-disk-staging-'));
    const source = await databaseCopy(staging);
    if (!can('mount', ['-t', 'tmpfs', '-o', `size=${fs.statSync(source).size + 256 * 1024}`, 'tmpfs', mount])) return;
    cleanups.push(() => {
      can('umount', [mount]);
      fs.rmSync(mount, { recursive: true, force: true });
      fs.rmSync(staging, { recursive: true, force: true });
    });
    const file = path.join(mount, 'dashboard.sqlite');
    fs.copyFileSync(source, file);
    // Leave the disk all but full: room to open the database (its 32 KiB -shm) but not for the import's WAL frames.
    const free = fs.statfsSync(mount).bavail * fs.statfsSync(mount).bsize;
    fs.writeFileSync(path.join(mount, 'filler'), Buffer.alloc(Math.max(0, free - 48 * 1024)));
    const before = contents(source);
    const result = ingest(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`error: ${Q3}: database ${file} cannot grow: the disk is full [SQLITE_FULL]; nothing was stored`);
    fs.rmSync(path.join(mount, 'filler'));
    expect(contents(file)).toEqual(before);
  });
});
