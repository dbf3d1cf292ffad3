/**
 * Section mappings on a real SQLite file holding the real Q4 2025 report and the test report
 * tests/fixtures/reports/drift/unresolved-place-and-section-2026-Q2.txt. Read from that file: rows
 * 3 and 4 stand under "Сотрудничество в сфере лесного хозяйства", a header no sphere knows; rows 1
 * and 2 under economic development.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, corrections, events, importWarnings, reports, spheres } from '@/db/schema';
import { correctEvent } from '@/lib/curation/correct';
import { listUnknownHeaders, loadSphereMappings, mapSection, undoSectionMapping } from '@/lib/curation/sphere-mappings';
import fs from 'node:fs';
import { readUpload } from '@/lib/import/admin-import';
import { importReportBytes, importReportFile } from '@/lib/import/import-report';
import { previewReport } from '@/lib/import/preview';
import { getStoredReportInfo } from '@/lib/queries/imports';
import { REAL_REPORT_PATH } from '@/tests/helpers/real-report';
import { createReportsDb, createTestDb, TEST_REPORTS, type TestDb } from '@/tests/helpers/test-db';

const FORESTRY = 'Сотрудничество в сфере лесного хозяйства';
const REASON = 'Лесное хозяйство входит в сельское в перечне сфер';

/** Slug and short label of the sphere of each 2026-Q2 row, in seq order. */
function spheresOfRows(db: Db): string[] {
  return db
    .select({ slug: spheres.slug })
    .from(events)
    .innerJoin(reports, eq(reports.id, events.reportId))
    .innerJoin(spheres, eq(spheres.id, events.sphereId))
    .where(eq(reports.periodKey, '2026-Q2'))
    .orderBy(events.seq)
    .all()
    .map((row) => row.slug);
}

/** Events per sphere slug in the rollups (quarter 2026-Q2, no filter). */
function rolledUp(db: Db, slug: string): number {
  const [row] = db.all<{ n: number | null }>(sql`select sum(r.events) as n from rollup_events r join spheres s on s.id = r.sphere_id where r.scope = '' and r.quarter_key = '2026-Q2' and s.slug = ${slug}`);
  return row?.n ?? 0;
}

function sphereWarnings(db: Db): string[] {
  return db.select({ location: importWarnings.location }).from(importWarnings).where(eq(importWarnings.code, 'unknown_sphere')).all().map((row) => row.location ?? '');
}

let testDb: TestDb;
beforeEach(async () => {
  testDb = await createReportsDb([REAL_REPORT_PATH, TEST_REPORTS.q2_2026_unresolved]);
});
afterEach(() => testDb.cleanup());

describe('mapping an unknown section header', () => {
  test('before: rows 3 and 4 under a sphere of their own, short label in the genitive, one warning', () => {
    const { db } = testDb;
    expect(spheresOfRows(db)).toEqual(['economy', 'economy', 'lesnogo-hozyaystva', 'lesnogo-hozyaystva']);
    expect(db.select({ label: spheres.shortLabel }).from(spheres).where(eq(spheres.slug, 'lesnogo-hozyaystva')).get()?.label).toBe('Лесного хозяйства');
    expect(sphereWarnings(db)).toEqual([FORESTRY]);
    expect(listUnknownHeaders(db)).toEqual([{ header: FORESTRY, slug: 'lesnogo-hozyaystva', shortLabel: 'Лесного хозяйства', events: 2 }]);
  });

  test('to an existing sphere: the rows move, the warning and the header sphere go, the counts follow; undo restores', () => {
    const { db } = testDb;
    const agricultureBefore = rolledUp(db, 'agriculture');
    const mapping = mapSection(db, { header: FORESTRY, sphere: 'agriculture', reason: REASON }, 'analyst');
    expect(spheresOfRows(db)).toEqual(['economy', 'economy', 'agriculture', 'agriculture']);
    expect(rolledUp(db, 'agriculture')).toBe(agricultureBefore + 2);
    expect(sphereWarnings(db)).toEqual([]);
    expect(db.select().from(spheres).where(eq(spheres.slug, 'lesnogo-hozyaystva')).get()).toBeUndefined();
    expect(listUnknownHeaders(db)).toEqual([]);
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'map_section')).get();
    expect(entry).toMatchObject({ username: 'analyst', periodKey: '2026-Q2' });
    expect(entry?.detail).toContain(REASON);

    undoSectionMapping(db, mapping.id, 'analyst');
    expect(spheresOfRows(db)).toEqual(['economy', 'economy', 'lesnogo-hozyaystva', 'lesnogo-hozyaystva']);
    expect(rolledUp(db, 'agriculture')).toBe(agricultureBefore);
    expect(rolledUp(db, 'lesnogo-hozyaystva')).toBe(2);
    expect(sphereWarnings(db)).toEqual([FORESTRY]);
  });

  test('to a new sphere with its own name and short label', () => {
    const { db } = testDb;
    mapSection(db, { header: FORESTRY, name: 'Сотрудничество в сфере лесного хозяйства и охраны лесов', shortLabel: 'Лесное хозяйство', reason: 'Новая сфера' }, 'analyst');
    const [, , third] = spheresOfRows(db);
    const sphere = db.select().from(spheres).where(eq(spheres.slug, third ?? '')).get();
    expect(sphere).toMatchObject({ name: 'Сотрудничество в сфере лесного хозяйства и охраны лесов', shortLabel: 'Лесное хозяйство' });
    expect(rolledUp(db, third ?? '')).toBe(2);
  });

  test('a row whose sphere an analyst corrected keeps it', () => {
    const { db } = testDb;
    const row4 = db.select({ id: events.id }).from(events).innerJoin(reports, eq(reports.id, events.reportId)).where(and(eq(reports.periodKey, '2026-Q2'), eq(events.seq, 4))).get();
    correctEvent(db, { eventId: row4?.id ?? 0, field: 'sphere', value: 'general', reason: 'Рабочая встреча', username: 'analyst' });
    mapSection(db, { header: FORESTRY, sphere: 'agriculture', reason: REASON }, 'analyst');
    expect(spheresOfRows(db)).toEqual(['economy', 'economy', 'agriculture', 'general']);
  });

  test('refused: a missing reason, an unknown sphere, a header that is known, a second mapping', () => {
    const { db } = testDb;
    expect(() => mapSection(db, { header: FORESTRY, sphere: 'agriculture', reason: '' }, 'a')).toThrow();
    expect(() => mapSection(db, { header: FORESTRY, sphere: 'no-such-sphere', reason: REASON }, 'a')).toThrow(/no sphere/);
    expect(() => mapSection(db, { header: 'Сотрудничество в сфере экономического развития', sphere: 'agriculture', reason: REASON }, 'a')).toThrow(/known sphere/);
    expect(spheresOfRows(db)).toEqual(['economy', 'economy', 'lesnogo-hozyaystva', 'lesnogo-hozyaystva']);
    mapSection(db, { header: FORESTRY, sphere: 'agriculture', reason: REASON }, 'a');
    expect(() => mapSection(db, { header: FORESTRY, sphere: 'economy', reason: REASON }, 'a')).toThrow(/already mapped/);
  });

  test('a future import files the header under the mapped sphere, without a warning', async () => {
    const fresh = createTestDb();
    try {
      await importReportFile(fresh.db, TEST_REPORTS.q2_2026_unresolved);
      mapSection(fresh.db, { header: FORESTRY, sphere: 'agriculture', reason: REASON }, 'analyst');
      fresh.db.delete(reports).run();
      await importReportFile(fresh.db, TEST_REPORTS.q2_2026_unresolved);
      expect(spheresOfRows(fresh.db)).toEqual(['economy', 'economy', 'agriculture', 'agriculture']);
      expect(sphereWarnings(fresh.db)).toEqual([]);
    } finally {
      fresh.cleanup();
    }
  });

  test('a new version of the report: the preview knows the mapping, and a sphere correction of a mapped row stays applied', async () => {
    const { db } = testDb;
    mapSection(db, { header: FORESTRY, sphere: 'agriculture', reason: REASON }, 'analyst');
    const row3 = db.select({ id: events.id }).from(events).innerJoin(reports, eq(reports.id, events.reportId)).where(and(eq(reports.periodKey, '2026-Q2'), eq(events.seq, 3))).get();
    correctEvent(db, { eventId: row3?.id ?? 0, field: 'sphere', value: 'education-science', reason: 'Семинар для специалистов', username: 'analyst' });
    // The same report with its closing line reworded: a new version of 2026-Q2.
    const text = fs.readFileSync(TEST_REPORTS.q2_2026_unresolved, 'utf8').replace('проведено 4 мероприятия', 'проведены 4 мероприятия');
    const bytes = Buffer.from(text, 'utf8');
    const upload = await readUpload(bytes, 'v2.txt');
    const preview = previewReport(upload.report, upload.contentHash, getStoredReportInfo(db, '2026-Q2'), loadSphereMappings(db));
    expect(preview.warnings.filter((warning) => warning.code === 'unknown_sphere')).toEqual([]);
    expect(preview.corrections.map((outcome) => outcome.state)).toEqual(['active']);
    const saved = await importReportBytes(db, bytes, 'v2.txt');
    expect(saved.outcome).toBe('replaced');
    expect(saved.corrections.map((outcome) => outcome.state)).toEqual(['active']);
    expect(spheresOfRows(db)).toEqual(['economy', 'economy', 'education-science', 'agriculture']);
    expect(db.select({ state: corrections.state }).from(corrections).all()).toEqual([{ state: 'active' }]);
  });
});
