/**
 * `npm run export` into a pipe (issue 13, item 5): a slow reader must receive every byte, and a
 * reader that closes the pipe early must make the export fail loudly instead of exiting 0.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readExportedEvents } from '@/lib/export/events';
import { createRealReportDb, type TestDb } from '../../helpers/test-db';

let testDb: TestDb;
let expectedBytes: number;

beforeAll(async () => {
  testDb = await createRealReportDb();
  const events = readExportedEvents(testDb.db).map(({ id: _id, ...event }) => event);
  expectedBytes = Buffer.byteLength(`${JSON.stringify(events, null, 2)}\n`);
});
afterAll(() => testDb.cleanup());

/** The export piped into `reader` by bash (pipefail: the export's exit code counts). */
function exportInto(reader: string): { status: number | null; stdout: string; stderr: string } {
  const command = `set -o pipefail; "${process.execPath}" --import tsx scripts/export.ts --format json | ${reader}`;
  const result = spawnSync('bash', ['-c', command], { env: { ...process.env, DATABASE_PATH: testDb.file }, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run export into a pipe', () => {
  test('the real report is larger than a pipe buffer, so the test can catch a cut', () => {
    expect(expectedBytes).toBeGreaterThan(64 * 1024);
  });

  test('a reader that starts late still gets every byte, and the exit code is 0', () => {
    const result = exportInto('(sleep 1; wc -c)');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(Number(result.stdout.trim())).toBe(expectedBytes);
  });

  test('a reader that closes the pipe early makes the export fail with a message', () => {
    const result = exportInto('(sleep 0.5; head -c 1000 > /dev/null)');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/error: writing to standard output failed \(EPIPE\)/);
  });
});
