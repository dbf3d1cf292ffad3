/**
 * The rollup tables answer every figure exactly as the raw queries do: for each figure and each
 * filter set the rollups accept, the figure with rollups switched off (its raw query) equals the
 * rollup reader, on the real report and after an import, a replacement and a deletion.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDb, type Db } from '@/db/client';
import { EMPTY_FILTERS, type Filters } from '@/lib/filters/filters';
import { correctEvent, undoCorrection } from '@/lib/curation/correct';
import { deleteReport } from '@/lib/import/delete-report';
import { importReportFile } from '@/lib/import/import-report';
import { rebuildRollups } from '@/lib/import/refresh-rollups';
import { queryCache } from '@/lib/queries/cache';
import { getEventsByCountry, getEventsByRegion } from '@/lib/queries/countries';
import { getEventSources } from '@/lib/queries/coverage';
import { countEvents } from '@/lib/queries/events';
import { getKeyFigures, getQuarterTrend, getReportPeriods } from '@/lib/queries/overview';
import { getPlacePoints } from '@/lib/queries/places';
import * as rollup from '@/lib/queries/rollups/figures';
import { rollupScope, rollupSwitch, type RollupScope } from '@/lib/queries/rollups/scope';
import { getSmeByCountry, getSmeByKind, getSmeByQuarter } from '@/lib/queries/sme';
import { getEventsBySphere } from '@/lib/queries/spheres';
import { createRealReportDb, type TestDb } from '@/tests/helpers/test-db';

const Q3 = path.resolve('tests/fixtures/reports/test-2025-Q3.txt');
const Q4 = path.resolve('tests/fixtures/reports/test-2025-Q4.txt');

/** The last element: the figure answers the flag has=sme from the rollups too. */
type Figure = [name: string, raw: (db: Db, filters: Filters) => unknown, fromRollup: (db: Db, scope: RollupScope) => unknown, smeFlag?: boolean];

const FIGURES: Figure[] = [
  ['getKeyFigures', getKeyFigures, rollup.rollupKeyFigures],
  ['getQuarterTrend', getQuarterTrend, rollup.rollupQuarterTrend],
  ['getReportPeriods', getReportPeriods, rollup.rollupReportPeriods, true],
  ['countEvents', (db, f) => countEvents(db, f), (db, s) => rollup.rollupEventCount(db, s, false), true],
  ['countEvents with SME', (db, f) => countEvents(db, f, { withSme: true }), (db, s) => rollup.rollupEventCount(db, s, true), true],
  ['getEventsBySphere', getEventsBySphere, rollup.rollupEventsBySphere],
  ['getEventsByCountry', getEventsByCountry, rollup.rollupEventsByCountry],
  ['getEventsByRegion', getEventsByRegion, rollup.rollupEventsByRegion],
  ['getSmeByQuarter', getSmeByQuarter, rollup.rollupSmeByQuarter, true],
  ['getSmeByCountry', getSmeByCountry, rollup.rollupSmeByCountry, true],
  ['getSmeByKind', getSmeByKind, rollup.rollupSmeByKind, true],
  ['getPlacePoints', getPlacePoints, rollup.rollupPlacePoints],
  ['getEventSources', getEventSources, rollup.rollupEventSources, true],
];

const f = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });

const FILTER_SETS: [string, Filters][] = [
  ['no filter', f({})],
  ['sphere', f({ sphere: ['economy'] })],
  ['two spheres', f({ sphere: ['economy', 'culture-tourism'] })],
  ['country', f({ country: ['BY'] })],
  ['another country', f({ country: ['CN'] })],
  ['region', f({ region: ['central_asia'] })],
  ['one quarter', f({ from: '2025-Q3', to: '2025-Q3' })],
  ['from a quarter on', f({ from: '2025-Q4' })],
  ['up to a quarter (undated rows left out)', f({ to: '2025-Q3' })],
  ['sphere and country', f({ sphere: ['economy'], country: ['BY'] })],
  ['sphere, region and quarters', f({ sphere: ['culture-tourism'], region: ['belarus'], from: '2025-Q3', to: '2025-Q4' })],
  ['country and quarter', f({ country: ['UZ'], from: '2025-Q4', to: '2025-Q4' })],
  ['a country with no events', f({ country: ['US'] })],
  ['events with SMEs (the SME page)', f({ has: ['sme'] })],
  ['events with SMEs, a sphere and quarters', f({ has: ['sme'], sphere: ['economy'], from: '2025-Q4', to: '2025-Q4' })],
  ['events with SMEs of a country', f({ has: ['sme'], country: ['BY'] })],
];

let testDb: TestDb;
let db: Db;
beforeAll(async () => {
  queryCache.enabled = false;
  testDb = await createRealReportDb();
  db = testDb.db;
});
afterAll(() => {
  queryCache.enabled = true;
  rollupSwitch.enabled = true;
  testDb.cleanup();
});

function rawResult(figure: Figure, filters: Filters): unknown {
  rollupSwitch.enabled = false;
  try {
    return figure[1](db, filters);
  } finally {
    rollupSwitch.enabled = true;
  }
}

function expectRollupsEqualRaw(): void {
  for (const [filterName, filters] of FILTER_SETS) {
    for (const figure of FIGURES) {
      if (filters.has && !figure[3]) continue;
      const scope = rollupScope(filters, { smeFlag: figure[3] });
      expect(scope, `${figure[0]}, ${filterName}`).not.toBeNull();
      expect(figure[2](db, scope!), `${figure[0]}, ${filterName}`).toEqual(rawResult(figure, filters));
      expect(figure[1](db, filters), `${figure[0]} through its figure function, ${filterName}`).toEqual(rawResult(figure, filters));
    }
  }
}

function rollupRows(): unknown[] {
  const tables = ['rollup_events', 'rollup_countries', 'rollup_regions', 'rollup_places', 'rollup_kinds'];
  return tables.map((table) => db.$client.prepare(`select * from ${table} order by 1, 2, 3, 4`).all());
}

describe('rollups equal the raw queries, figure by figure and filter by filter', () => {
  test('the real report', () => {
    expect(getKeyFigures(db, EMPTY_FILTERS).events).toBe(70);
    expectRollupsEqualRaw();
  });

  test('after importing another quarter whose rows repeat the stored ones', async () => {
    await importReportFile(db, Q3);
    expect(getReportPeriods(db, EMPTY_FILTERS)).toEqual(['2025-Q3', '2025-Q4']);
    expectRollupsEqualRaw();
  });

  test('after replacing the stored 2025-Q4 report', async () => {
    const before = getKeyFigures(db, EMPTY_FILTERS).events;
    expect((await importReportFile(db, Q4)).outcome).toBe('replaced');
    expect(getKeyFigures(db, EMPTY_FILTERS).events).not.toBe(before);
    expectRollupsEqualRaw();
  });

  test('after deleting a report', () => {
    expect(deleteReport(db, '2025-Q3')).toBe(true);
    expectRollupsEqualRaw();
  });

  test('after corrections: a start date moved to another quarter, a sphere, an exclusion, and their undo', () => {
    const eventId = (field: string) => (db.$client.prepare(`select e.id from events e join reports r on r.id = e.report_id where r.period_key = '2025-Q4' and e.seq = ${field}`).get() as { id: number }).id;
    const before = getKeyFigures(db, EMPTY_FILTERS).events;
    const moved = correctEvent(db, { eventId: eventId('1'), field: 'startDate', value: '2025-08-20', reason: 'test', username: 'test' });
    correctEvent(db, { eventId: eventId('2'), field: 'sphere', value: 'culture-tourism', reason: 'test', username: 'test' });
    const excluded = correctEvent(db, { eventId: eventId('3'), field: 'excluded', value: true, reason: 'test', username: 'test' });
    expect(getKeyFigures(db, EMPTY_FILTERS).events).toBe(before - 1);
    expectRollupsEqualRaw();
    undoCorrection(db, moved.id, 'test');
    undoCorrection(db, excluded.id, 'test');
    expect(getKeyFigures(db, EMPTY_FILTERS).events).toBe(before);
    expectRollupsEqualRaw();
  });

  test('refreshing the touched quarters leaves what a full rebuild gives', () => {
    const incremental = rollupRows();
    rebuildRollups(db);
    expect(rollupRows()).toEqual(incremental);
    expect((incremental[0] as unknown[]).length).toBeGreaterThan(0);
  });

  test('migration 0013 gives rollups built before it their rows summed over all spheres', () => {
    const complete = rollupRows();
    const tables = ['rollup_countries', 'rollup_regions', 'rollup_places'];
    for (const table of tables) expect(db.$client.prepare(`select count(*) as n from ${table} where sphere_id = 0`).get()).not.toEqual({ n: 0 });
    for (const table of tables) db.$client.exec(`delete from ${table} where sphere_id = 0`);
    const migration = fs.readFileSync(path.resolve('db/migrations/0013_rollup_rows_for_all_spheres.sql'), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint').filter((text) => text.includes('INSERT INTO'))) db.$client.exec(statement);
    expect(rollupRows()).toEqual(complete);
  });
});

describe('a database stored before the rollups existed', () => {
  test('gets them built when it is opened (migrated)', async () => {
    const old = await createRealReportDb();
    try {
      for (const table of ['rollup_events', 'rollup_countries', 'rollup_regions', 'rollup_places', 'rollup_kinds']) old.db.$client.exec(`delete from ${table}`);
      old.db.$client.close();
      const reopened = openDb(old.file);
      expect(rollup.rollupKeyFigures(reopened, rollupScope(f({}))!).events).toBe(70);
      reopened.$client.close();
    } finally {
      old.cleanup();
    }
  });
});

describe('rollupScope', () => {
  test.each<[string, Partial<Filters>]>([
    ['two countries', { country: ['BY', 'CN'] }],
    ['a country and a region', { country: ['BY'], region: ['europe'] }],
    ['two region groups', { region: ['europe', 'belarus'] }],
    ['a format', { format: ['remote'] }],
    ['a direction', { direction: ['outbound'] }],
    ['a kind', { kind: ['forum'] }],
    ['a flag', { has: ['sme'] }],
    ['a flag other than SME', { has: ['signed'] }],
    ['dates', { dateFrom: '2025-10-01' }],
    ['one report', { report: '2025-Q4' }],
    ['a text search', { q: 'форум' }],
    ['a place', { place: '3' }],
  ])('%s: left to the raw queries', (_, partial) => {
    expect(rollupScope(f(partial))).toBeNull();
  });

  test('a filter the rollups do not know (added later) is left to the raw queries', () => {
    expect(rollupScope({ ...f({}), status: ['held'] } as Filters)).toBeNull();
  });
});

describe('rollupScope and the SME flag', () => {
  test('has=sme alone is answered by the figures that count SME events only', () => {
    expect(rollupScope(f({ has: ['sme'] }), { smeFlag: true })).toMatchObject({ scope: '', smeOnly: true });
    expect(rollupScope(f({ has: ['sme', 'signed'] }), { smeFlag: true })).toBeNull();
    expect(rollupScope(f({ has: ['signed'] }), { smeFlag: true })).toBeNull();
  });
});
