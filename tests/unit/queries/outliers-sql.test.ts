/**
 * getOutliers runs the rules in SQL with fences from SQL histograms; findOutliers over every
 * counted row, as the query did before, is the definition. Both must give the same total, the
 * same first rows in the same order and the same reasons: on the real Q4 2025 report, and on a
 * synthetic database of a few thousand rows with rows planted to break each rule — including a
 * kind with fewer than MIN_SAMPLE values, a kind whose rows all state one number, and a report
 * whose period ends on 31 March (its window ends on 30 June, where SQLite's date('…', '+3 months')
 * would say 1 July).
 */
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '@/db/client';
import { countries, eventCountries, events, reports, spheres } from '@/db/schema';
import { findOutliers, MIN_SAMPLE } from '@/lib/curation/outliers';
import { EMPTY_FILTERS } from '@/lib/filters/filters';
import { getOutliers, OUTLIER_COLUMNS, type Outliers } from '@/lib/queries/outliers';
import { eventWhere } from '@/lib/queries/where';
import type { Direction, EventFormat, EventKind } from '@/lib/vocabulary';
import { createRealReportDb, createTestDb, type TestDb } from '@/tests/helpers/test-db';

/** findOutliers over every counted row, in report and number order: how the query worked before the rules moved to SQL. */
function everyFlaggedRow(db: Db) {
  const rows = db
    .select(OUTLIER_COLUMNS)
    .from(events)
    .innerJoin(reports, eq(reports.id, events.reportId))
    .where(eventWhere(EMPTY_FILTERS))
    .all();
  const venues = new Map<number, string[]>();
  for (const link of db.select({ id: eventCountries.eventId, code: eventCountries.countryCode }).from(eventCountries).where(eq(eventCountries.role, 'venue')).all()) {
    venues.set(link.id, [...(venues.get(link.id) ?? []), link.code]);
  }
  const flagged = findOutliers(rows.map((row) => ({ ...row, venueCountries: venues.get(row.id) ?? [] })));
  return flagged.sort((a, b) => (a.row.report < b.row.report ? -1 : a.row.report > b.row.report ? 1 : a.row.seq - b.row.seq));
}

/** The old getOutliers: the first hundred of every flagged row, with titles. */
function allRowsOutliers(db: Db): Outliers {
  const flagged = everyFlaggedRow(db);
  const first = flagged.slice(0, 100);
  const titles = new Map(
    first.length === 0 ? [] : db.select({ id: events.id, title: events.title }).from(events).where(inArray(events.id, first.map((outlier) => outlier.row.id))).all().map((row) => [row.id, row.title]),
  );
  return { total: flagged.length, shown: first.map((outlier) => ({ ...outlier, title: titles.get(outlier.row.id) ?? '', kind: outlier.row.kind })) };
}

/** Per rule, how many rows it alone flags: a rule the SQL dropped would change the total by as many. */
function flaggedByOneRuleOnly(db: Db): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { reasons } of everyFlaggedRow(db)) {
    const codes = new Set(reasons.map((reason) => reason.code));
    const [only] = codes;
    if (codes.size === 1 && only) counts[only] = (counts[only] ?? 0) + 1;
  }
  return counts;
}

describe('on the real report', () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createRealReportDb();
  });
  afterAll(() => testDb.cleanup());

  test('the SQL rules list what the rules over every row list', () => {
    const expected = allRowsOutliers(testDb.db);
    // Rows 1–5 of the report: exhibitions abroad whose rows state no delegation.
    expect(expected.total).toBeGreaterThanOrEqual(5);
    expect(getOutliers(testDb.db)).toEqual(expected);
  });
});

/** A small deterministic generator (a linear congruential one): the same database on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

interface Planted {
  kind?: EventKind;
  direction?: Direction;
  format?: EventFormat;
  startDate?: string | null;
  endDate?: string | null;
  participantsTotal?: number | null;
  foreignParticipants?: number | null;
  smeCount?: number | null;
  audience?: number | null;
  delegationSize?: number | null;
  isPrimary?: boolean;
  excluded?: boolean;
  status?: 'held' | 'postponed';
  venues?: string[];
}

function buildSyntheticDb(db: Db): void {
  const random = seeded(20260331);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  for (const code of ['RU', 'BY', 'CN', 'UZ']) db.insert(countries).values({ code, nameRu: code, nameEn: code, region: 'belarus' }).onConflictDoNothing().run();
  const sphereId = db.insert(spheres).values({ slug: 'synthetic', name: 'synthetic', shortLabel: 'synthetic', position: 1 }).returning({ id: spheres.id }).get().id;
  const addReport = (periodKey: string, periodStart: string | null, periodEnd: string | null) =>
    db
      .insert(reports)
      .values({ periodKey, year: 2026, quarter: 1, title: periodKey, sourceFile: `${periodKey}.txt`, contentHash: periodKey, periodStart, periodEnd })
      .returning({ id: reports.id })
      .get().id;
  // A quarter ending on 31 March: its window is 1 October … 30 June.
  const march = addReport('2026-Q1', '2026-01-01', '2026-03-31');
  const autumn = addReport('2025-Q3', '2025-07-01', '2025-09-30');
  const undated = addReport('2026-Y', null, null);
  const seqs = new Map<number, number>();
  const add = (reportId: number, row: Planted) => {
    const seq = (seqs.get(reportId) ?? 0) + 1;
    seqs.set(reportId, seq);
    const { venues = [], ...fields } = row;
    const id = db
      .insert(events)
      .values({
        reportId,
        seq,
        sphereId,
        sphereHeader: 'synthetic',
        title: `row ${reportId}/${seq}`,
        startDate: reportId === autumn ? '2025-08-10' : '2026-02-10',
        endDate: reportId === autumn ? '2025-08-11' : '2026-02-11',
        remote: row.format === 'remote',
        agreementSigned: false,
        format: 'in_person',
        direction: 'hosted',
        kind: 'forum',
        venues: [],
        searchText: '',
        sourceText: { number: String(seq), title: '', place: '', dates: '', goal: '', participants: '' },
        delegationSize: 3,
        ...fields,
      })
      .returning({ id: events.id })
      .get().id;
    for (const code of venues) db.insert(eventCountries).values({ eventId: id, countryCode: code, role: 'venue' }).run();
  };
  const ordinary = (): Planted => ({
    kind: pick(['forum', 'exhibition', 'conference', 'business_mission'] as const),
    direction: pick(['hosted', 'inbound'] as const),
    participantsTotal: random() < 0.7 ? 20 + Math.floor(random() * 60) : null,
    foreignParticipants: random() < 0.5 ? Math.floor(random() * 15) : null,
    smeCount: random() < 0.4 ? 2 + Math.floor(random() * 8) : null,
    audience: random() < 0.3 ? 100 * (1 + Math.floor(random() * 5)) : null,
  });
  db.transaction(() => {
    for (let i = 0; i < 3000; i++) add(pick([march, autumn, undated]), ordinary());
    // Far above their kind (exhibitions state 2–9 SME, 20–79 participants): each alone in its rule.
    add(autumn, { kind: 'exhibition', smeCount: 400 });
    add(undated, { kind: 'forum', participantsTotal: 5000, foreignParticipants: 10 });
    add(march, { kind: 'conference', audience: 90000 });
    // Counted nowhere, so neither listed nor part of any sample: excluded, repeated by a newer report, postponed.
    for (let i = 0; i < 30; i++) add(march, { kind: 'business_mission', smeCount: 1000 + i, excluded: true });
    add(march, { kind: 'forum', participantsTotal: 9000, isPrimary: false });
    add(march, { kind: 'forum', participantsTotal: 9000, status: 'postponed', startDate: null, endDate: null });
    // A kind with fewer than MIN_SAMPLE values: its far value is not judged.
    for (let i = 0; i < MIN_SAMPLE - 2; i++) add(autumn, { kind: 'festival', audience: 50 });
    add(autumn, { kind: 'festival', audience: 100000 });
    // Every performance states 40 participants: the IQR counts as 1, so 44 is far out and 43 is not.
    for (let i = 0; i < 12; i++) add(march, { kind: 'performance', participantsTotal: 40 });
    add(march, { kind: 'performance', participantsTotal: 43 });
    add(march, { kind: 'performance', participantsTotal: 44 });
    // Delegation sizes of working meetings: a fence on a field other than the usual ones.
    for (let i = 0; i < 20; i++) add(autumn, { kind: 'working_meeting', delegationSize: 2 + (i % 3) });
    add(autumn, { kind: 'working_meeting', delegationSize: 60 });
    // More foreign participants than in all, and equal (not flagged).
    add(march, { participantsTotal: 10, foreignParticipants: 11 });
    add(march, { participantsTotal: 10, foreignParticipants: 10 });
    // Away without a delegation: outbound; a venue abroad; a venue in Russia next to one abroad.
    add(autumn, { direction: 'outbound', delegationSize: null });
    add(autumn, { direction: 'hosted', delegationSize: null, venues: ['BY'] });
    add(autumn, { direction: 'inbound', delegationSize: null, venues: ['RU', 'CN'] });
    // Not flagged: remote, a stated delegation, at home with a venue in Russia or none.
    add(autumn, { direction: 'outbound', format: 'remote', delegationSize: null, venues: ['CN'] });
    add(autumn, { direction: 'outbound', delegationSize: 4, venues: ['UZ'] });
    add(autumn, { direction: 'hosted', delegationSize: null, venues: ['RU'] });
    add(autumn, { direction: 'hosted', delegationSize: null });
    // Dates around the 31 March report's window (1 October 2025 … 30 June 2026).
    add(march, { startDate: '2026-06-30', endDate: '2026-06-30' });
    add(march, { startDate: '2026-06-30', endDate: '2026-07-01' });
    add(march, { startDate: '2025-10-01', endDate: '2025-10-02' });
    add(march, { startDate: '2025-09-30', endDate: '2025-10-02' });
    // Around the autumn report's (1 April … 31 December 2025), and a report without a period.
    add(autumn, { startDate: '2025-03-31', endDate: '2025-04-01' });
    add(autumn, { startDate: '2026-01-01', endDate: null });
    add(undated, { startDate: '1999-01-01', endDate: '1999-01-01' });
    // More than the hundred listed: the listed ones are the first by report and number.
    for (let i = 0; i < 150; i++) add(pick([march, autumn]), { ...ordinary(), direction: 'outbound', delegationSize: null });
  });
}

describe('on a synthetic database with a row planted for each rule', () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = createTestDb();
    buildSyntheticDb(testDb.db);
  });
  afterAll(() => testDb.cleanup());

  test('every rule flags rows no other rule flags', () => {
    expect(flaggedByOneRuleOnly(testDb.db)).toEqual({
      count_high: expect.any(Number),
      foreign_exceeds_total: expect.any(Number),
      abroad_no_delegation: expect.any(Number),
      date_outside_period: expect.any(Number),
    });
  });

  test('the SQL rules list what the rules over every row list: total, rows, order, reasons', () => {
    const expected = allRowsOutliers(testDb.db);
    expect(expected.total).toBeGreaterThan(100);
    const actual = getOutliers(testDb.db);
    expect(actual.total).toBe(expected.total);
    expect(actual.shown.map((outlier) => [outlier.row.report, outlier.row.seq])).toEqual(expected.shown.map((outlier) => [outlier.row.report, outlier.row.seq]));
    expect(actual).toEqual(expected);
  });
});
