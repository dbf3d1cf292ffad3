/**
 * npm run bench: builds (or reuses) the benchmark databases, then measures ingestion, aggregates
 * against their floors, pages against a static floor, server memory, LCP and first-load JS, and
 * writes the tables into bench/results.md. Not part of the test suite.
 *
 *   BENCH_SCALES=1000,100000   scales to measure (default 1000,100000,1000000)
 *   BENCH_REUSE_BUILD=1        reuse an existing .next-bench build instead of building again
 *   BENCH_CPU_PROF=DIR         every server started writes a V8 CPU profile into DIR when it stops
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AGGREGATES } from './aggregates';
import { measureAfterImport, type AfterImportResult } from './after-import';
import { FILTER_VARIANTS, type FilterVariant } from './filter-variants';
import { buildScaleDb, type BuildStats } from './generate';
import { runIngestBench } from './ingest-bench';
import { measureJsSizes } from './js-size';
import { measureLcp, type LcpResult } from './lcp';
import { measureThroughput, type ThroughputResult } from './load-bench';
import { capturePages, floorPath, measurePages, removeFloorFiles, routeUrl, writeFloorFiles, type PageResult } from './page-bench';
import { runQueryBench, type QueryPlanOptions, type QueryResult } from './query-bench';
import { explainAggregate } from './plans';
import { renderResults, writeResults, type AggregatePlan, type BenchResults } from './report';
import { ROUTES } from './routes';
import { BENCH_DIST_DIR, startServer, type BenchServer } from './server';
import { TARGETS } from './targets';
import type { RunLimits } from './timing';

const RESULTS_FILE = path.resolve('bench', 'results.md');
const LCP_SCALE = 100_000;
const LCP_RUNS = 3;
/** Imports (each followed by a first view of every page) per scale. */
const AFTER_IMPORT_RUNS = 3;
/** Pages put under concurrent load. */
const LOAD_ROUTES = ['overview'];
/** A page not complete within this time is reported as timed out. */
const PAGE_TIMEOUT_MS = 60_000;

/** Fewer and bounded repetitions at the largest scale keep the whole run within its budget. */
function limitsFor(scale: number): RunLimits {
  if (scale >= 1_000_000) return { minRuns: 1, maxRuns: 5, budgetMs: 1_000 };
  if (scale >= 100_000) return { minRuns: 5, maxRuns: 15, budgetMs: 1_500 };
  return { minRuns: 10, maxRuns: 30, budgetMs: 500 };
}

/** At 1 000 000 events, what was already this slow at 100 000 is not measured again. */
const SKIP_QUERY_AFTER_MS = 1_000;
const SKIP_PAGE_AFTER_MS = 3_000;
const LARGE_SCALE_VARIANTS = ['none', 'country=BY'];

function queryOptions(scale: number, earlier: QueryResult[]): QueryPlanOptions {
  if (scale < 1_000_000) return { limits: limitsFor(scale) };
  const skip = (aggregate: string, variant: string) => {
    const before = earlier.find((q) => q.scale === 100_000 && q.aggregate === aggregate && q.variant === variant);
    return before && before.medianMs > SKIP_QUERY_AFTER_MS ? `skipped (${Math.round(before.medianMs)} ms at 100k)` : undefined;
  };
  return { limits: limitsFor(scale), variants: LARGE_SCALE_VARIANTS, skip };
}

function skipPage(earlier: PageResult[], scale: number, route: string): string | undefined {
  if (scale < 1_000_000) return undefined;
  const before = earlier.find((p) => p.scale === 100_000 && p.route === route);
  return before && before.totalMs > SKIP_PAGE_AFTER_MS ? `skipped (${Math.round(before.totalMs)} ms at 100k)` : undefined;
}

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const started = performance.now();
  const scales = (process.env.BENCH_SCALES ?? '1000,100000,1000000').split(',').map(Number);
  log(`Benchmark on ${machine()}: scales ${scales.join(', ')}`);
  const builds: BuildStats[] = scales.map((scale) => buildScaleDb(scale, log));
  const ingest = await runIngestBench(builds.find((b) => b.events === LCP_SCALE) ?? builds[0], log);
  const queries: QueryResult[] = [];
  for (const b of builds) queries.push(...runQueryBench(b.file, b.events, queryOptions(b.events, queries), log));
  const plans = explainSlowAggregates(builds, queries);
  buildApp();
  const pages: PageResult[] = [];
  const memory: BenchResults['memory'] = [];
  let lcp: BenchResults['lcp'] = [];
  let js: BenchResults['js'] = [];
  const throughput: ThroughputResult[] = [];
  const afterImport: AfterImportResult[] = [];
  for (const build of builds) {
    const measured = await measureScalePages(build, pages, { js: build === builds[0], lcp: build.events === LCP_SCALE });
    pages.push(...measured.pages);
    throughput.push(...measured.throughput);
    memory.push({ scale: build.events, peakMb: measured.peakMb });
    if (measured.js) js = measured.js;
    if (measured.lcp) lcp = measured.lcp;
    log(`After an import at ${build.events} events`);
    afterImport.push(await measureAfterImport(build.file, build.events, middleEventId(build.file), AFTER_IMPORT_RUNS, log));
  }
  const results: BenchResults = { machine: machine(), totalSeconds: (performance.now() - started) / 1000, builds, ingest, queries, plans, pages, memory, lcp, js, throughput, afterImport };
  const markdown = renderResults(results);
  writeResults(RESULTS_FILE, markdown);
  log(`\n${markdown}\nWritten to ${path.relative(process.cwd(), RESULTS_FILE)}`);
}

interface ScalePages {
  pages: PageResult[];
  throughput: ThroughputResult[];
  peakMb: number;
  js?: BenchResults['js'];
  lcp?: BenchResults['lcp'];
}

/**
 * One scale's pages: captured once (cold), then measured on a cold server (QUERY_CACHE=off) and a
 * warm one side by side; LCP likewise, the warm runs after the pages filled that server's cache.
 */
async function measureScalePages(build: BuildStats, earlier: PageResult[], extra: { js: boolean; lcp: boolean }): Promise<ScalePages> {
  const eventId = middleEventId(build.file);
  log(`Pages at ${build.events} events: capture`);
  const { captures, peakMb: capturePeakMb } = await capturePages(
    () => startServer(build.file, 'cold'),
    { eventId, timeoutMs: PAGE_TIMEOUT_MS, skip: (route) => skipPage(earlier, build.events, route.name) },
    log,
  );
  writeFloorFiles(path.resolve(BENCH_DIST_DIR), captures);
  const servers = { cold: await startServer(build.file, 'cold'), warm: await startServer(build.file, 'warm') };
  try {
    log(`Pages at ${build.events} events: measure cold and warm`);
    const pages = await measurePages(servers, captures, { scale: build.events, eventId, limits: limitsFor(build.events) });
    const throughput = await measureThroughput(servers.warm, build.events, loadTargets(servers, eventId), log);
    const urlsOf = (server: BenchServer) =>
      ROUTES.filter((r) => !r.variant).map((route) => ({ route: route.name, url: routeUrl(server.baseUrl, route, eventId) }));
    const lcpUrls = (server: BenchServer) => urlsOf(server).filter((u) => ROUTES.find((r) => r.name === u.route)?.lcp);
    const js = extra.js ? await measureJsSizes(servers.warm.baseUrl, urlsOf(servers.warm)) : undefined;
    const lcp = extra.lcp ? withWarmLcp(await measureLcp(lcpUrls(servers.cold), LCP_RUNS), await measureLcp(lcpUrls(servers.warm), LCP_RUNS)) : undefined;
    const peakMb = Math.max(capturePeakMb, servers.cold.peakMemoryMb(), servers.warm.peakMemoryMb());
    return { pages, throughput, peakMb, js, lcp };
  } finally {
    await Promise.all([servers.cold.stop(), servers.warm.stop()]);
    removeFloorFiles(path.resolve(BENCH_DIST_DIR));
  }
}

/** The pages loaded by many clients, each with its floor (the static copy written by writeFloorFiles). */
function loadTargets(servers: Record<'cold' | 'warm', BenchServer>, eventId: number) {
  return LOAD_ROUTES.map((name) => {
    const index = ROUTES.findIndex((route) => route.name === name);
    const route = ROUTES[index] as (typeof ROUTES)[number];
    return { route: name, url: routeUrl(servers.warm.baseUrl, route, eventId), floorUrl: `${servers.warm.baseUrl}${floorPath(index)}` };
  });
}

function withWarmLcp(cold: LcpResult[], warm: LcpResult[]): BenchResults['lcp'] {
  return cold.map((result) => ({ ...result, warmLcpMs: warm.find((w) => w.route === result.route)?.lcpMs ?? 0 }));
}

/** Query plans of the aggregates over their target without a filter, at 100 000 events (or the largest scale below). */
function explainSlowAggregates(builds: BuildStats[], queries: QueryResult[]): AggregatePlan[] {
  const build = [...builds].reverse().find((b) => b.events <= LCP_SCALE);
  if (!build) return [];
  const slow = queries.filter((q) => q.scale === build.events && q.variant === 'none' && !q.skipped && q.medianMs > q.floorMs * TARGETS.aggregateRatio);
  return slow.flatMap((q) => {
    const aggregate = AGGREGATES.find((a) => a.name === q.aggregate);
    return aggregate ? [{ scale: build.events, aggregate: aggregate.name, ...explainAggregate(build.file, aggregate, FILTER_VARIANTS[0] as FilterVariant) }] : [];
  });
}

/** `next build` into the benchmark's own folder; tsconfig.json is restored if the build rewrote it. */
function buildApp(): void {
  if (process.env.BENCH_REUSE_BUILD === '1' && fs.existsSync(path.join(BENCH_DIST_DIR, 'BUILD_ID'))) return;
  log('next build (NEXT_DIST_DIR=.next-bench)…');
  const tsconfig = fs.readFileSync('tsconfig.json', 'utf8');
  const build = spawnSync(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (fs.readFileSync('tsconfig.json', 'utf8') !== tsconfig) fs.writeFileSync('tsconfig.json', tsconfig);
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
}

/** An event from the middle of the id range: the event page's subject. */
function middleEventId(file: string): number {
  const sqlite = new Database(file, { readonly: true });
  try {
    const row = sqlite.prepare('select id from events where is_primary = 1 and id >= (select max(id) / 2 from events) order by id limit 1').get() as { id: number };
    return row.id;
  } finally {
    sqlite.close();
  }
}

function machine(): string {
  const cpu = os.cpus();
  return `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)} at start`;
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
