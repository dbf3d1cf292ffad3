/**
 * Builds one benchmark database per scale through the real write path (saveReport: link-events
 * and the rollup refresh included): 40 quarterly reports of synthetic events, every event drawn
 * independently (1 000 000 is 40 reports of 25 000, not a smaller database copied, which would
 * flatter anything pre-aggregated: as many distinct groups as the smaller one). A database is
 * built once and cached under bench/out/, keyed by GENERATOR_VERSION and the scale; never the
 * app's default one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDb, type Db } from '@/db/client';
import { saveReport } from '@/lib/import/save-report';
import { quarterPeriod } from '@/lib/ingest/report';
import type { ParsedEvent, Period } from '@/lib/ingest/types';
import { createRandom } from './random';
import { generateReport } from './synthetic-events';
import { createWorld } from './world';

/** Bump when the generated data changes, so cached databases are rebuilt. */
const GENERATOR_VERSION = 2;
const SEED = 20251231;
export const QUARTERS = 40;
const OUT_DIR = path.resolve('bench', 'out');

export interface BuildStats {
  file: string;
  events: number;
  method: string;
  cached: boolean;
  /** Wall time of the whole build, and of the slowest report's saveReport (insert + link). */
  buildMs: number;
  slowestReportMs: number;
  sameEventLinks: number;
  possibleDuplicates: number;
}

function scaleDbPath(events: number): string {
  return path.join(OUT_DIR, `bench-v${GENERATOR_VERSION}-${events}.sqlite`);
}

/** Quarters 2016-Q1 … 2025-Q4, oldest first (reports are imported in that order). */
function benchPeriods(): Period[] {
  return Array.from({ length: QUARTERS }, (_, i) => quarterPeriod(2016 + Math.floor(i / 4), (i % 4) + 1));
}

export function buildScaleDb(events: number, log: (line: string) => void): BuildStats {
  const file = scaleDbPath(events);
  const method = `saveReport, ${QUARTERS} reports of ${Math.round(events / QUARTERS)}`;
  if (fs.existsSync(file)) return { ...readLinkCounts(file), file, events, method, cached: true, buildMs: 0, slowestReportMs: 0 };
  const partial = `${file}.partial`;
  for (const stale of [partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(stale, { force: true });
  const started = performance.now();
  const slowestReportMs = storeReports(events, partial, log);
  fs.renameSync(partial, file);
  return { ...readLinkCounts(file), file, events, method, cached: false, buildMs: performance.now() - started, slowestReportMs };
}

/** Stores the 40 reports one by one; returns the slowest saveReport's time in ms. */
function storeReports(events: number, partial: string, log: (line: string) => void): number {
  const started = performance.now();
  const db = openDb(partial);
  const random = createRandom(SEED + events);
  const world = createWorld();
  let previous: ParsedEvent[] = [];
  let slowestReportMs = 0;
  let serial = 0;
  benchPeriods().forEach((period, i) => {
    const count = Math.floor(events / QUARTERS) + (i < events % QUARTERS ? 1 : 0);
    const report = generateReport(random, world, period, count, previous, serial);
    serial += count;
    const saveStarted = performance.now();
    saveReport(db, report, { fileName: `synthetic-${period.year}-Q${period.part}.txt`, contentHash: `synthetic-${SEED}-${events}-${i}` });
    slowestReportMs = Math.max(slowestReportMs, performance.now() - saveStarted);
    previous = report.events;
    if ((i + 1) % 10 === 0) log(`  ${events} events: ${i + 1}/${QUARTERS} reports stored (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  });
  closeCheckpointed(db);
  return slowestReportMs;
}

function closeCheckpointed(db: Db): void {
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
}

function readLinkCounts(file: string): { sameEventLinks: number; possibleDuplicates: number } {
  const db = openDb(file, { migrate: false });
  const rows = db.$client.prepare('select kind, count(*) / 2 as n from event_matches group by kind').all() as { kind: string; n: number }[];
  db.$client.close();
  const countOf = (kind: string) => rows.find((row) => row.kind === kind)?.n ?? 0;
  return { sameEventLinks: countOf('same_event'), possibleDuplicates: countOf('possible_duplicate') };
}
