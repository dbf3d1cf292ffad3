/**
 * Imports through /import: who stored what is recorded with the report in one transaction; the same
 * file twice writes nothing; a process killed in the middle of an import leaves the database as it
 * was, and readers and a backup taken meanwhile see the old report whole.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { backupDatabase } from '@/db/backup';
import { openDb } from '@/db/client';
import { deleteReportAs, readUpload, storeUpload } from '@/lib/import/admin-import';
import { realReportText } from '@/tests/helpers/real-report';
import { createRealReportDb, createTestDb, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb;
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-import-'));
});
afterEach(() => {
  testDb.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

const editedReport = () => realReportText().replace('Реверсная бизнес-миссия из Республики Узбекистан', 'Реверсная бизнес-миссия из Узбекистана');
const upload = (text: string, name = 'q4.txt') => readUpload(new TextEncoder().encode(text), name);

function rows(db: TestDb['db'], query: string): unknown[] {
  return db.$client.prepare(query).all();
}

function snapshot(db: TestDb['db']): Record<string, unknown> {
  const count = (table: string) => (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return {
    ...Object.fromEntries(['reports', 'events', 'event_places', 'event_countries', 'import_warnings', 'audit_log'].map((t) => [t, count(t)])),
    title7: (db.$client.prepare('select title from events where seq = 7').get() as { title: string } | undefined)?.title,
  };
}

describe('storing and deleting through /import', () => {
  test('an import records who did it, in the report row and the audit log; the same file again writes nothing', async () => {
    testDb = createTestDb();
    const first = storeUpload(testDb.db, await upload(realReportText()), 'anna');
    expect(first).toMatchObject({ outcome: 'created', periodKey: '2025-Q4', eventCount: 70 });
    expect(rows(testDb.db, 'select imported_by as by from reports')).toEqual([{ by: 'anna' }]);
    expect(rows(testDb.db, 'select username, action, period_key as period, event_count as n from audit_log')).toEqual([{ username: 'anna', action: 'import', period: '2025-Q4', n: 70 }]);
    const before = snapshot(testDb.db);
    expect(storeUpload(testDb.db, await upload(realReportText()), 'boris').outcome).toBe('unchanged');
    expect(snapshot(testDb.db)).toEqual(before);
  });

  test('a replacement and a deletion are logged in order', async () => {
    testDb = await createRealReportDb();
    expect(storeUpload(testDb.db, await upload(editedReport(), 'q4-v2.txt'), 'anna').outcome).toBe('replaced');
    expect(deleteReportAs(testDb.db, '2025-Q4', 'anna')).toBe(true);
    expect(deleteReportAs(testDb.db, '2025-Q4', 'anna')).toBe(false);
    expect(rows(testDb.db, 'select action, source_file as file from audit_log order by id')).toEqual([
      { action: 'replace', file: 'q4-v2.txt' },
      { action: 'delete', file: null },
    ]);
    expect(snapshot(testDb.db)).toMatchObject({ reports: 0, events: 0 });
  });
});

describe('a process killed in the middle of an import', () => {
  test('leaves the database as it was; readers and a backup meanwhile see the old report whole', async () => {
    testDb = await createRealReportDb();
    const before = snapshot(testDb.db);
    const reportFile = path.join(dir, 'q4-edited.txt');
    fs.writeFileSync(reportFile, editedReport());
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/import-and-hang.ts', testDb.file, reportFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (data: Buffer) => data.toString().includes('inside') && resolve());
      child.on('exit', (code) => reject(new Error(`child exited early with ${code}`)));
    });

    expect(snapshot(testDb.db)).toEqual(before);
    const backupFile = path.join(dir, 'backup.sqlite');
    await backupDatabase(testDb.file, backupFile);

    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    expect(snapshot(testDb.db)).toEqual(before);
    const reopened = openDb(testDb.file);
    expect(snapshot(reopened)).toEqual(before);
    expect(reopened.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.$client.close();
    const copy = openDb(backupFile, { migrate: false });
    expect(snapshot(copy)).toEqual(before);
    copy.$client.close();
  }, 60_000);
});
