/**
 * `npm run aliases` between two real databases: one holding the test report
 * tests/fixtures/reports/drift/unresolved-place-and-section-2026-Q2.txt with an alias for its
 * unknown settlement "Верхнеполянск" (rows 1 and 2), the other holding the same report without it.
 * Export from the first, import into the second: both rows there are placed; a bad file is refused
 * with its name and problem and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditLog, eventPlaces, placeAliases } from '@/db/schema';
import { addPlaceAlias } from '@/lib/curation/aliases';
import { createReportsDb, TEST_REPORTS, type TestDb } from '@/tests/helpers/test-db';

let source: TestDb;
let target: TestDb;
let dir: string;
beforeAll(async () => {
  source = await createReportsDb([TEST_REPORTS.q2_2026_unresolved]);
  target = await createReportsDb([TEST_REPORTS.q2_2026_unresolved]);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aliases-cli-'));
  addPlaceAlias(source.db, { text: 'Верхнеполянск', name: 'Верхнеполянск', country: 'BY', lat: 53.5, lon: 28.1, reason: 'по карте района' }, 'anna');
});
afterAll(() => {
  source.cleanup();
  target.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

function aliases(db: TestDb, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/aliases.ts', ...args], { env: { ...process.env, DATABASE_PATH: db.file }, encoding: 'utf8' });
}

const aliasPlaced = (db: TestDb) => db.db.select().from(eventPlaces).where(eq(eventPlaces.source, 'alias')).all().length;

describe('npm run aliases', () => {
  test('export, then import into another installation', () => {
    const file = path.join(dir, 'aliases.json');
    expect(aliases(source, 'export', file).stdout).toContain('exported 1 place aliases');
    expect(aliasPlaced(target)).toBe(0);
    const imported = aliases(target, 'import', file, '--user', 'boris');
    expect(imported.stdout).toContain('1 added, 0 replaced, 0 unchanged');
    expect(aliasPlaced(target)).toBe(2);
    expect(target.db.select({ username: auditLog.username }).from(auditLog).where(eq(auditLog.action, 'import_place_aliases')).all()).toEqual([{ username: 'boris' }]);
  });

  test('a bad file: exit 1, the file and the problem named, nothing written', () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ format: 'smolensk-dashboard/place-aliases', version: 1, aliases: [{ text: 'Нижнеполянск', name: 'Нижнеполянск', country: 'BY', lat: 91, lon: 28, reason: 'x' }] }));
    const before = target.db.select().from(placeAliases).all();
    const result = aliases(target, 'import', bad);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: bad\.json: aliases\.0\.lat/m);
    expect(target.db.select().from(placeAliases).all()).toEqual(before);
    expect(aliases(target, 'import', path.join(dir, 'missing.json')).stderr).toContain('error: missing.json: cannot be read (ENOENT)');
    expect(aliases(target, 'frobnicate', bad).status).toBe(2);
  });
});
