/**
 * A real SQLite file in a temp folder, migrated, optionally holding the real report — for the
 * unit tests of the import layer and of every query.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openDb, type Db } from '@/db/client';
import { importReportFile } from '@/lib/import/import-report';
import { REAL_REPORT_PATH } from './real-report';

export interface TestDb {
  db: Db;
  file: string;
  cleanup: () => void;
}

export function createTestDb(): TestDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-test-'));
  const file = path.join(dir, 'test.sqlite');
  const db = openDb(file);
  return {
    db,
    file,
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Test reports (tests/fixtures/reports/): hand-written, never part of the default data. */
export const TEST_REPORTS = {
  q4_2024: path.resolve('tests/fixtures/reports/test-2024-Q4.txt'),
  q3_2025: path.resolve('tests/fixtures/reports/test-2025-Q3.txt'),
  q4_2025: path.resolve('tests/fixtures/reports/test-2025-Q4.txt'),
  /** Rows 1–2 in an unknown settlement, rows 3–4 under an unknown section header (lib/curation aliases, mappings). */
  q2_2026_unresolved: path.resolve('tests/fixtures/reports/drift/unresolved-place-and-section-2026-Q2.txt'),
} as const;

/** A test database holding these report files, imported in this order. */
export async function createReportsDb(files: string[]): Promise<TestDb> {
  const testDb = createTestDb();
  for (const file of files) await importReportFile(testDb.db, file);
  return testDb;
}

/** A test database holding the real Q4 2025 report. */
export async function createRealReportDb(): Promise<TestDb> {
  const testDb = createTestDb();
  await importReportFile(testDb.db, REAL_REPORT_PATH);
  return testDb;
}

/**
 * The real Q4 2025 report in one database shared by the tests of the calling file: imported before
 * them, removed after. Its `db` exists only while they run.
 */
export function realReportDbPerFile(): TestDb {
  let testDb: TestDb | undefined;
  beforeAll(async () => {
    testDb = await createRealReportDb();
  });
  afterAll(() => testDb?.cleanup());
  const current = (): TestDb => {
    if (!testDb) throw new Error('the real report database exists only while the tests run');
    return testDb;
  };
  return {
    get db() {
      return current().db;
    },
    get file() {
      return current().file;
    },
    cleanup: () => current().cleanup(),
  };
}
