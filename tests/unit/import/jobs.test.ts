/**
 * Import jobs (issue 13, item 6): preview and confirm run in a child process with its own
 * database connection (lib/import/run-job.ts); the answers are the API's, and a worker that dies
 * answers 500 and is replaced.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { JobAnswer, JobInput } from '@/lib/import/jobs';
import { runImportJob as runReply, stopImportWorker } from '@/lib/import/run-job';
import { REAL_REPORT_PATH } from '@/tests/helpers/real-report';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb;
const previousPath = process.env.DATABASE_PATH;
beforeEach(() => {
  testDb = createTestDb();
  process.env.DATABASE_PATH = testDb.file;
});
afterEach(() => {
  // The worker keeps its database: the next test, on another database, starts a new one.
  stopImportWorker();
  process.env.DATABASE_PATH = previousPath;
  testDb.cleanup();
});

const bytes = fs.readFileSync(REAL_REPORT_PATH);
async function runImportJob(input: JobInput, upload: Uint8Array): Promise<JobAnswer> {
  const { status, json } = await runReply(input, upload);
  return { status, body: JSON.parse(json) as JobAnswer['body'] };
}
const count = (table: string) => (testDb.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

describe('import jobs in a child process', () => {
  test('preview stores nothing; confirm with its hash and basis stores the report through its own connection', async () => {
    const preview = await runImportJob({ mode: 'preview', fileName: 'q4.txt', username: 'anna' }, bytes);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ fileName: 'q4.txt', basis: 'none' });
    expect(count('reports')).toBe(0);
    const stored = await runImportJob({ mode: 'confirm', fileName: 'q4.txt', username: 'anna', contentHash: String(preview.body.contentHash), basis: 'none' }, bytes);
    expect(stored).toEqual({ status: 200, body: { outcome: 'created', periodKey: '2025-Q4', eventCount: 70 } });
    expect(count('events')).toBe(70);
    expect(fs.statSync(`${testDb.file}-wal`).size).toBe(0);
  }, 60_000);

  test('bad input, a changed file and a stale basis answer as the API does; nothing is stored', async () => {
    expect(await runImportJob({ mode: 'preview', fileName: 'x.txt', username: 'anna' }, new TextEncoder().encode('hello'))).toMatchObject({ status: 422, body: { error: 'not_a_report' } });
    expect(await runImportJob({ mode: 'confirm', fileName: 'q4.txt', username: 'anna', contentHash: 'other', basis: 'none' }, bytes)).toEqual({ status: 409, body: { error: 'changed_since_preview' } });
    const preview = await runImportJob({ mode: 'preview', fileName: 'q4.txt', username: 'anna' }, bytes);
    const stale = await runImportJob({ mode: 'confirm', fileName: 'q4.txt', username: 'anna', contentHash: String(preview.body.contentHash), basis: 'an older report' }, bytes);
    expect(stale).toMatchObject({ status: 409, body: { error: 'stale_preview' } });
    expect(count('reports')).toBe(0);
  }, 60_000);

  test('a worker killed mid-job answers 500; the next job starts a new worker', async () => {
    const first = runImportJob({ mode: 'preview', fileName: 'q4.txt', username: 'anna' }, bytes);
    const { importWorker } = globalThis as unknown as { importWorker?: { child: { kill: (signal: string) => void } } };
    importWorker?.child.kill('SIGKILL');
    expect(await first).toEqual({ status: 500, body: { error: 'server' } });
    expect((await runImportJob({ mode: 'preview', fileName: 'q4.txt', username: 'anna' }, bytes)).status).toBe(200);
  }, 60_000);
});
