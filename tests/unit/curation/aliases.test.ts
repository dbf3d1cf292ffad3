/**
 * Place aliases on a real SQLite file holding the real Q4 2025 report and the hand-written test
 * report tests/fixtures/reports/drift/unresolved-place-and-section-2026-Q2.txt. Read from that file:
 * rows 1 and 2 are held in "г. Верхнеполянск", a settlement no gazetteer knows — row 1 names
 * Belarus (placed at its centroid, place_country_fallback), row 2 names no country (no place,
 * unknown_place, direction hosted for want of a venue). Rows 3 and 4 are in Smolensk and Minsk.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, eventCountries, eventPlaces, events, importWarnings, places, placeAliases, reports } from '@/db/schema';
import { AliasFileError, addPlaceAlias, exportPlaceAliases, importPlaceAliases, listPlaceAliases, listUnresolvedPlaces, rekeyPlaceAliases, undoPlaceAlias } from '@/lib/curation/aliases';
import { importReportFile } from '@/lib/import/import-report';
import { createReportsDb, createTestDb, TEST_REPORTS, type TestDb } from '@/tests/helpers/test-db';
import { REAL_REPORT_PATH } from '@/tests/helpers/real-report';

const DRIFT_REPORT = TEST_REPORTS.q2_2026_unresolved;
const ALIAS = { text: 'Верхнеполянск', name: 'Верхнеполянск', country: 'BY', lat: 53.5, lon: 28.1, reason: 'Агрогородок в Минской области, по сайту райисполкома' };

function row(db: Db, seq: number) {
  const event = db
    .select({ id: events.id, direction: events.direction })
    .from(events)
    .innerJoin(reports, eq(reports.id, events.reportId))
    .where(and(eq(reports.periodKey, '2026-Q2'), eq(events.seq, seq)))
    .get();
  if (!event) throw new Error(`no row ${seq}`);
  const placesOf = db
    .select({ name: places.name, country: places.countryCode, lat: places.lat, lon: places.lon, source: eventPlaces.source })
    .from(eventPlaces)
    .innerJoin(places, eq(places.id, eventPlaces.placeId))
    .where(eq(eventPlaces.eventId, event.id))
    .all();
  const venues = db.select({ code: eventCountries.countryCode }).from(eventCountries).where(and(eq(eventCountries.eventId, event.id), eq(eventCountries.role, 'venue'))).all();
  const warnings = db.select({ code: importWarnings.code }).from(importWarnings).where(eq(importWarnings.eventId, event.id)).all();
  return { ...event, places: placesOf, venues: venues.map((venue) => venue.code), warnings: warnings.map((warning) => warning.code) };
}

/** Events counted at the place in the rollups (all quarters, no filter). */
/** Events rolled up at a place, summed over the per-sphere rows (sphere 0 holds their total, migration 0013). */
function rolledUpAt(db: Db, name: string): number {
  const [result] = db.all<{ n: number | null }>(sql`select sum(r.events) as n from rollup_places r join places p on p.id = r.place_id where r.scope = '' and r.sphere_id <> 0 and p.name = ${name}`);
  return result?.n ?? 0;
}

function tableCounts(db: Db) {
  return {
    aliases: db.select({ n: sql<number>`count(*)` }).from(placeAliases).get()?.n,
    audit: db.select({ n: sql<number>`count(*)` }).from(auditLog).get()?.n,
    placed: db.select({ n: sql<number>`count(*)` }).from(eventPlaces).get()?.n,
  };
}

let testDb: TestDb;
beforeEach(async () => {
  testDb = await createReportsDb([REAL_REPORT_PATH, DRIFT_REPORT]);
});
afterEach(() => testDb.cleanup());

describe('unresolved place texts on /quality', () => {
  test('a text many rows name lists its first five rows and counts them all; the most frequent text comes first', () => {
    const { db } = testDb;
    // Rows 1 and 2 of the drift report name "Верхнеполянск"; the same warning is put on six more
    // rows (of the Q4 report), as if eight rows of the stored reports named it.
    const [warning] = db.select().from(importWarnings).where(eq(importWarnings.code, 'unknown_place')).all();
    if (!warning) throw new Error('no unknown_place warning');
    const others = db.select({ id: events.id }).from(events).innerJoin(reports, eq(reports.id, events.reportId)).where(eq(reports.periodKey, '2025-Q4')).limit(6).all();
    for (const other of others) db.insert(importWarnings).values({ ...warning, id: undefined, eventId: other.id }).run();
    const [first, ...rest] = listUnresolvedPlaces(db);
    expect(first?.text).toBe('Верхнеполянск');
    expect(first?.rowCount).toBe(8);
    expect(first?.rows).toHaveLength(5);
    expect(rest.every((place) => place.rowCount <= 8)).toBe(true);
  });
});

describe('resolving a place text', () => {
  test('before: row 1 at the Belarus centroid, row 2 unplaced', () => {
    const { db } = testDb;
    expect(row(db, 1)).toMatchObject({ places: [{ name: 'Верхнеполянск', source: 'centroid' }], warnings: ['place_country_fallback'] });
    expect(row(db, 2)).toMatchObject({ places: [], venues: [], direction: 'hosted', warnings: ['unknown_place'] });
  });

  test('the alias places every row with that text at once, audited, with the rollups recounted', () => {
    const { db } = testDb;
    const realBefore = db.select({ n: sql<number>`count(*)` }).from(eventPlaces).innerJoin(events, eq(events.id, eventPlaces.eventId)).innerJoin(reports, eq(reports.id, events.reportId)).where(eq(reports.periodKey, '2025-Q4')).get();
    addPlaceAlias(db, ALIAS, 'analyst');
    const placed = { name: 'Верхнеполянск', country: 'BY', lat: 53.5, lon: 28.1, source: 'alias' };
    expect(row(db, 1)).toMatchObject({ places: [placed], venues: ['BY'], warnings: [] });
    // Row 2 now has a venue abroad: the region's people went there.
    expect(row(db, 2)).toMatchObject({ places: [placed], venues: ['BY'], direction: 'outbound', warnings: [] });
    expect(rolledUpAt(db, 'Верхнеполянск')).toBe(2);
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'add_place_alias')).get();
    expect(entry?.username).toBe('analyst');
    expect(entry?.detail).toContain('Агрогородок');
    const realAfter = db.select({ n: sql<number>`count(*)` }).from(eventPlaces).innerJoin(events, eq(events.id, eventPlaces.eventId)).innerJoin(reports, eq(reports.id, events.reportId)).where(eq(reports.periodKey, '2025-Q4')).get();
    expect(realAfter).toEqual(realBefore);
  });

  test('undo removes the alias and restores both rows', () => {
    const { db } = testDb;
    const alias = addPlaceAlias(db, ALIAS, 'analyst');
    undoPlaceAlias(db, alias.id, 'analyst');
    expect(row(db, 1)).toMatchObject({ places: [{ name: 'Верхнеполянск', source: 'centroid' }], warnings: ['place_country_fallback'] });
    expect(row(db, 2)).toMatchObject({ places: [], venues: [], direction: 'hosted', warnings: ['unknown_place'] });
    expect(rolledUpAt(db, 'Верхнеполянск')).toBe(1);
    expect(db.select().from(placeAliases).all()).toEqual([]);
    expect(db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.action, 'undo_place_alias')).all()).toHaveLength(1);
  });

  test('a settlement the gazetteer knows keeps its own name and coordinates', () => {
    const { db } = testDb;
    // data/gazetteer/places.json: Жодино, BY, 54.0985, 28.3331.
    addPlaceAlias(db, { ...ALIAS, name: 'Жодино', lat: 54.2, lon: 28.5 }, 'analyst');
    expect(row(db, 2).places).toEqual([{ name: 'Жодино', country: 'BY', lat: 54.0985, lon: 28.3331, source: 'alias' }]);
  });

  test('a bad value or a missing reason writes nothing', () => {
    const { db } = testDb;
    const before = tableCounts(db);
    expect(() => addPlaceAlias(db, { ...ALIAS, lat: 123 }, 'analyst')).toThrow(/lat/);
    expect(() => addPlaceAlias(db, { ...ALIAS, country: 'XX' }, 'analyst')).toThrow(/country/);
    expect(() => addPlaceAlias(db, { ...ALIAS, reason: ' ' }, 'analyst')).toThrow(/reason/);
    expect(tableCounts(db)).toEqual(before);
  });

  test('a future import of a report with that text uses the alias', async () => {
    const fresh = createTestDb();
    try {
      addPlaceAlias(fresh.db, ALIAS, 'analyst');
      await importReportFile(fresh.db, DRIFT_REPORT);
      expect(row(fresh.db, 2)).toMatchObject({ places: [{ name: 'Верхнеполянск', source: 'alias' }], direction: 'outbound', warnings: [] });
    } finally {
      fresh.cleanup();
    }
  });
});

describe('the aliases data file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aliases-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('exported from one installation and imported into another, it places the rows there', async () => {
    addPlaceAlias(testDb.db, ALIAS, 'analyst');
    const file = exportPlaceAliases(testDb.db);
    expect(file.aliases).toEqual([expect.objectContaining({ text: 'Верхнеполянск', country: 'BY', lat: 53.5, lon: 28.1, username: 'analyst' })]);
    const other = await createReportsDb([DRIFT_REPORT]);
    try {
      expect(importPlaceAliases(other.db, 'shared.json', JSON.stringify(file), 'admin')).toEqual({ added: 1, replaced: 0, unchanged: 0 });
      expect(row(other.db, 1).places).toEqual([{ name: 'Верхнеполянск', country: 'BY', lat: 53.5, lon: 28.1, source: 'alias' }]);
      expect(importPlaceAliases(other.db, 'shared.json', JSON.stringify(file), 'admin')).toEqual({ added: 0, replaced: 0, unchanged: 1 });
    } finally {
      other.cleanup();
    }
  });

  test('a bad file names the file and the problem and writes nothing', () => {
    const { db } = testDb;
    const before = tableCounts(db);
    const good = { format: 'smolensk-dashboard/place-aliases', version: 1, aliases: [{ ...ALIAS }, { ...ALIAS, text: 'Нижнеполянск', lon: 500 }] };
    expect(() => importPlaceAliases(db, 'bad.json', JSON.stringify(good), 'admin')).toThrow(AliasFileError);
    expect(() => importPlaceAliases(db, 'bad.json', JSON.stringify(good), 'admin')).toThrow(/^bad\.json: aliases\.1\.lon/);
    expect(() => importPlaceAliases(db, 'broken.json', '{"format":', 'admin')).toThrow(/^broken\.json: not JSON/);
    expect(() => importPlaceAliases(db, 'other.json', '{"format":"x","version":1,"aliases":[]}', 'admin')).toThrow(/^other\.json: format/);
    expect(tableCounts(db)).toEqual(before);
  });
});

describe('case forms of one place text', () => {
  // The drift report again, row 2's place typed in the prepositional case: "в г. Верхнеполянске".
  let dir: string;
  let cased: TestDb;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aliases-case-'));
    const file = path.join(dir, path.basename(DRIFT_REPORT));
    const text = fs.readFileSync(DRIFT_REPORT, 'utf8');
    fs.writeFileSync(file, text.replace('\tг. Верхнеполянск\n\t20 мая', '\tв г. Верхнеполянске\n\t20 мая'));
    cased = await createReportsDb([file]);
  });
  afterEach(() => {
    cased.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('are listed as one unresolved text, and one alias places both rows and lists both texts', () => {
    const { db } = cased;
    const unresolved = listUnresolvedPlaces(db);
    expect(unresolved.map((place) => [place.text, place.rows.map((r) => r.seq)])).toEqual([['Верхнеполянск', [1, 2]]]);
    addPlaceAlias(db, { ...ALIAS, text: 'Верхнеполянске' }, 'analyst');
    expect(row(db, 1)).toMatchObject({ places: [{ name: 'Верхнеполянск', source: 'alias' }], warnings: [] });
    expect(row(db, 2)).toMatchObject({ places: [{ name: 'Верхнеполянск', source: 'alias' }], warnings: [] });
    expect(listUnresolvedPlaces(db)).toEqual([]);
    expect(listPlaceAliases(db).map((alias) => [alias.text, alias.covers])).toEqual([['Верхнеполянске', ['Верхнеполянск', 'Верхнеполянске']]]);
    expect(() => addPlaceAlias(db, { ...ALIAS, text: 'Верхнеполянска' }, 'analyst')).toThrow(/already has a place/);
  });

  test('aliases stored under the old, unfolded keys are keyed again and merged (npm start, or the next alias change)', () => {
    const { db } = cased;
    // As the previous version stored them: one alias per case form, keyed by the text as written.
    const stored = { name: 'Верхнеполянск', countryCode: 'BY', lat: 53.5, lon: 28.1, reason: 'по сайту райисполкома', username: 'analyst' };
    db.insert(placeAliases).values([{ ...stored, textKey: 'верхнеполянск', text: 'Верхнеполянск' }, { ...stored, textKey: 'верхнеполянске', text: 'Верхнеполянске' }]).run();
    expect(row(db, 2).places).toEqual([]);
    // Before they are keyed again, a third case form is refused all the same: the change keys them first.
    expect(() => addPlaceAlias(db, { ...ALIAS, text: 'Верхнеполянска' }, 'analyst')).toThrow(/already has a place/);
    expect(db.select({ n: sql<number>`count(*)` }).from(placeAliases).get()?.n).toBe(2);
    rekeyPlaceAliases(db);
    expect(db.select({ text: placeAliases.text }).from(placeAliases).all()).toEqual([{ text: 'Верхнеполянск' }]);
    expect(row(db, 1)).toMatchObject({ places: [{ name: 'Верхнеполянск', source: 'alias' }], warnings: [] });
    expect(row(db, 2)).toMatchObject({ places: [{ name: 'Верхнеполянск', source: 'alias' }], warnings: [] });
    const removed = db.select({ detail: auditLog.detail }).from(auditLog).where(eq(auditLog.action, 'undo_place_alias')).all();
    expect(removed).toEqual([{ detail: expect.stringMatching(/^«Верхнеполянске».*covered by «Верхнеполянск»/) }]);
    const audits = db.select({ n: sql<number>`count(*)` }).from(auditLog).get()?.n;
    rekeyPlaceAliases(db);
    expect(db.select({ n: sql<number>`count(*)` }).from(auditLog).get()?.n).toBe(audits);
  });
});
