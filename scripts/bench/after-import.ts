/**
 * What an import costs readers, on a copy of a scale's database served by a default (query cache
 * on) server whose pages were all viewed once:
 * - the first view of every page after an import (the import bumps the data version, so every
 *   reader's first view recomputes its figures: from the rollups where the filters allow);
 * - the import itself (a quarterly report of the scale's size replacing 2025-Q4, in this process)
 *   and the rollup refresh inside its transaction (SaveResult.rollupMs), then the same refresh
 *   again in a transaction of its own, whose commit writes only the rollups' pages;
 * - reader latency (one reader, sequential requests of the overview) while the ingest command
 *   imports a report in another process, against the same reader when nothing is imported.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb } from '@/db/client';
import { parseReportBytes } from '@/lib/import/import-report';
import { quartersOfReport, refreshRollups } from '@/lib/import/refresh-rollups';
import { saveReport } from '@/lib/import/save-report';
import type { ParsedReport } from '@/lib/ingest/types';
import { QUARTERS } from './generate';
import { timedGet } from './http-timing';
import { routeUrl } from './page-bench';
import { ROUTES } from './routes';
import { startServer } from './server';
import { syntheticReportText } from './synthetic-text';
import { median } from './timing';

export interface AfterImportResult {
  scale: number;
  reportEvents: number;
  /** Median first view per page after an import (complete HTML, ms). */
  pages: { route: string; ms: number }[];
  imports: number;
  importMs: number;
  /** The refresh inside the import's transaction. */
  refreshMs: number;
  /** The same refresh in a transaction of its own, commit included. */
  refreshAloneMs: number;
  readers: ReaderLatency;
}

interface ReaderLatency {
  idleP50Ms: number;
  idleP99Ms: number;
  duringP50Ms: number;
  duringP99Ms: number;
  duringSamples: number;
  ingestMs: number;
}

const PAGE_TIMEOUT_MS = 60_000;
/**
 * Each round: idle requests for IDLE_SAMPLE_MS, then requests while the ingest command imports a
 * report. The p99s are over both rounds' samples pooled: a p99 of one 3 s idle sample (the 9th
 * slowest of ~900 requests) moved 5-14 ms between runs on this machine, and made the ratio noise.
 */
const IDLE_SAMPLE_MS = 10_000;
const READER_ROUNDS = 2;

export async function measureAfterImport(scaleFile: string, scale: number, eventId: number, runs: number, log: (line: string) => void): Promise<AfterImportResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-after-import-'));
  const file = path.join(dir, 'db.sqlite');
  fs.copyFileSync(scaleFile, file);
  const reportEvents = Math.max(70, Math.round(scale / QUARTERS));
  const texts = [0, 1, 2, 3].map((i) => syntheticReportText(reportEvents, 7_000 + i));
  const reports = await Promise.all(texts.slice(0, 2).map((text, i) => parseReportBytes(Buffer.from(text, 'utf8'), `after-import-${i}.txt`)));
  const db = openDb(file);
  const server = await startServer(file, 'warm');
  try {
    const urls = ROUTES.map((route) => ({ route: route.name, url: routeUrl(server.baseUrl, route, eventId) }));
    for (const { url } of urls) await timedGet(url, PAGE_TIMEOUT_MS);
    const views = new Map<string, number[]>();
    const imports: ImportTiming[] = [];
    for (let run = 0; run < runs; run++) {
      imports.push(importAndRefresh(db, reports[run % reports.length] as ParsedReport, run));
      for (const { route, url } of urls) views.set(route, [...(views.get(route) ?? []), (await timedGet(url, PAGE_TIMEOUT_MS)).totalMs]);
      log(`  after import ${run + 1}/${runs} (${imports.at(-1)?.importMs.toFixed(0)} ms, refresh ${imports.at(-1)?.refreshMs.toFixed(0)} ms): ${[...views].map(([route, ms]) => `${route} ${ms.at(-1)?.toFixed(0)}`).join(', ')}`);
    }
    db.$client.close();
    const readers = await readerLatency(urls[0]?.url ?? server.baseUrl, file, dir, texts.slice(2));
    log(`  reader p99 idle ${readers.idleP99Ms.toFixed(0)} ms, during an import ${readers.duringP99Ms.toFixed(0)} ms (${readers.duringSamples} requests)`);
    return {
      scale,
      reportEvents,
      pages: [...views].map(([route, ms]) => ({ route, ms: median(ms) })),
      imports: imports.length,
      importMs: median(imports.map((i) => i.importMs)),
      refreshMs: median(imports.map((i) => i.refreshMs)),
      refreshAloneMs: median(imports.map((i) => i.refreshAloneMs)),
      readers,
    };
  } finally {
    if (db.$client.open) db.$client.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface ImportTiming {
  importMs: number;
  refreshMs: number;
  refreshAloneMs: number;
}

/** One replacement of 2025-Q4 (refresh included), then the same refresh on its own, timed. */
function importAndRefresh(db: ReturnType<typeof openDb>, report: ParsedReport, run: number): ImportTiming {
  let started = performance.now();
  const saved = saveReport(db, report, { fileName: `after-import-${run}.txt`, contentHash: `after-import-${run}` });
  const importMs = performance.now() - started;
  started = performance.now();
  db.transaction((tx) => refreshRollups(tx, quartersOfReport(tx, saved.reportId)));
  return { importMs, refreshMs: saved.rollupMs, refreshAloneMs: performance.now() - started };
}

async function readerLatency(url: string, dbFile: string, dir: string, texts: string[]): Promise<ReaderLatency> {
  const idle: number[] = [];
  const during: number[] = [];
  const ingestMs: number[] = [];
  for (let round = 0; round < READER_ROUNDS; round++) {
    const reportFile = path.join(dir, `reader-round-${round}.txt`);
    fs.writeFileSync(reportFile, texts[round % texts.length] as string);
    const until = performance.now() + IDLE_SAMPLE_MS;
    idle.push(...(await sampleWhile(url, () => performance.now() < until)));
    const started = performance.now();
    let running = true;
    const child = spawn(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), path.join('scripts', 'ingest.ts'), reportFile], {
      env: { ...process.env, DATABASE_PATH: dbFile },
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    void exited.then(() => (running = false));
    during.push(...(await sampleWhile(url, () => running)));
    await exited;
    ingestMs.push(performance.now() - started);
  }
  const p = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))] ?? 0;
  return {
    idleP50Ms: p(idle, 0.5),
    idleP99Ms: p(idle, 0.99),
    duringP50Ms: p(during, 0.5),
    duringP99Ms: p(during, 0.99),
    duringSamples: during.length,
    ingestMs: median(ingestMs),
  };
}

async function sampleWhile(url: string, going: () => boolean): Promise<number[]> {
  const samples: number[] = [];
  while (going()) samples.push((await timedGet(url, PAGE_TIMEOUT_MS)).totalMs);
  return samples;
}
