/**
 * The data-quality page's whole-database reads never scan the events table: the outliers'
 * histograms, count and listed ids read the covering index events_report_start (the listed rows
 * themselves are read by id), the postponed and cancelled rows come from the partial index
 * events_not_held. Checked on the plans SQLite gives for the statements the queries really run
 * (recorded as they run), on the real report.
 */
import type { Statement } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '@/db/client';
import { EMPTY_FILTERS } from '@/lib/filters/filters';
import { getOutliers } from '@/lib/queries/outliers';
import { getNotHeldEvents } from '@/lib/queries/quality';
import { createRealReportDb, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createRealReportDb();
});
afterAll(() => testDb.cleanup());

/** The query plan of every statement `run` reads with, one string per statement. */
function plansOf(db: Db, run: () => void): string[] {
  const sqlite = db.$client;
  const prepare = sqlite.prepare;
  const ran: [string, unknown[]][] = [];
  sqlite.prepare = ((source: string) => {
    const statement = prepare.call(sqlite, source) as Statement;
    for (const method of ['all', 'get'] as const) {
      const original = statement[method].bind(statement);
      statement[method] = ((...params: unknown[]) => {
        ran.push([source, params]);
        return original(...params);
      }) as never;
    }
    return statement;
  }) as typeof sqlite.prepare;
  try {
    run();
  } finally {
    sqlite.prepare = prepare;
  }
  return ran.map(([source, params]) =>
    (sqlite.prepare(`explain query plan ${source}`).all(...params) as { detail: string }[]).map((step) => step.detail).join('\n'),
  );
}

describe('query plans of /quality', () => {
  test('outliers: the histograms, the count and the listed ids read events_report_start, never the table', () => {
    const plans = plansOf(testDb.db, () => getOutliers(testDb.db));
    expect(plans.join('\n')).not.toMatch(/^SCAN events$/m);
    expect(plans.filter((plan) => plan.includes('COVERING INDEX events_report_start'))).toHaveLength(3);
  });

  test('postponed and cancelled rows come from events_not_held', () => {
    const plans = plansOf(testDb.db, () => getNotHeldEvents(testDb.db, EMPTY_FILTERS));
    expect(plans.join('\n')).toMatch(/SCAN events USING INDEX events_not_held/);
  });
});
