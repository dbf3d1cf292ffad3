/**
 * More reports on the test server for one spec: `npm run ingest` against its database (the server
 * sees the new data version at once), removed again with deleteReportAsAdmin in afterAll.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';

/** Test reports (tests/fixtures/reports/): hand-written, never part of the default data. */
export const TEST_REPORT_FILES = {
  q4_2024: path.resolve('tests/fixtures/reports/test-2024-Q4.txt'),
  q3_2025: path.resolve('tests/fixtures/reports/test-2025-Q3.txt'),
} as const;

export function ingestIntoServer(...files: string[]): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...files], {
    env: { ...process.env, DATABASE_PATH: inject('databasePath') },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`ingest failed: ${result.stderr}`);
}
