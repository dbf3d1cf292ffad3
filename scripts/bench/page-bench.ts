/**
 * Server response time of every page (time to first byte and to the complete HTML) against a
 * floor: the very same HTML bytes, written as a static file into the build's static folder and
 * served by the same server under /_next/static/ (no rendering and no database; same process,
 * HTTP stack and gzip). Next serves only the static files present when it starts, so pages are
 * captured with a first server (capturePages), the floors written, and then measured with a
 * second one (measurePages). Pages are measured twice: on a server with QUERY_CACHE=off
 * (cold: every request renders from the database) and on a default one (warm: the first request
 * fills the query and rendered-page caches and is not counted, as a reader's first view; the
 * samples are repeat views until the next import). A cold page slower than SLOW_PAGE_MS is not requested again: its capture is
 * its one sample; a warm one that slow gets one sample after the filling request.
 */
import fs from 'node:fs';
import path from 'node:path';
import { timedGet, type HttpSample } from './http-timing';
import { ROUTES, type BenchRoute } from './routes';
import type { BenchServer, CacheMode } from './server';
import { median, timeAsync, type RunLimits } from './timing';

export interface PageResult {
  scale: number;
  route: string;
  status: 'ok' | 'missing' | 'error';
  note?: string;
  htmlKb: number;
  /** Cold (query cache off). */
  ttfbMs: number;
  totalMs: number;
  /** Warm (query cache on and filled). */
  warmTtfbMs: number;
  warmTotalMs: number;
  floorTtfbMs: number;
  floorTotalMs: number;
  runs: number;
}

export interface PageCapture {
  route: BenchRoute;
  sample?: HttpSample;
  error?: string;
}

const SLOW_PAGE_MS = 2_000;
const FILL_TIMEOUT_MS = 60_000;
const FLOOR_DIR = 'bench-floor';

export function routeUrl(baseUrl: string, route: BenchRoute, eventId: number): string {
  return baseUrl + route.path.replace(':event', String(eventId));
}

export interface CaptureOptions {
  eventId: number;
  timeoutMs: number;
  /** A route to leave out at this scale (too slow for the budget); returns the reason shown instead. */
  skip: (route: BenchRoute) => string | undefined;
}

/**
 * Requests every page once with a server of its own. A page that times out goes on rendering in
 * the server, so the server is restarted after it. Returns the captures and the peak memory seen.
 */
export async function capturePages(start: () => Promise<BenchServer>, options: CaptureOptions, log: (line: string) => void): Promise<{ captures: PageCapture[]; peakMb: number }> {
  const captures: PageCapture[] = [];
  let server = await start();
  let peakMb = 0;
  try {
    await timedGet(routeUrl(server.baseUrl, { name: 'event', path: '/events/:event' }, options.eventId), options.timeoutMs);
    for (const route of ROUTES) {
      const skipped = options.skip(route);
      if (skipped) {
        captures.push({ route, error: skipped });
        continue;
      }
      try {
        const sample = await timedGet(routeUrl(server.baseUrl, route, options.eventId), options.timeoutMs);
        captures.push({ route, sample });
        log(`  ${route.name}: HTTP ${sample.status}, ${sample.totalMs.toFixed(0)} ms, ${(sample.body.length / 1024).toFixed(0)} KB`);
      } catch (error) {
        captures.push({ route, error: (error as Error).message.replace(/^\S+: /, '') });
        log(`  ${route.name}: ${(error as Error).message}; restarting the server`);
        peakMb = Math.max(peakMb, server.peakMemoryMb());
        await server.stop();
        server = await start();
      }
    }
    return { captures, peakMb: Math.max(peakMb, server.peakMemoryMb()) };
  } finally {
    await server.stop();
  }
}

/** Writes each captured page's HTML as a static file of the build (served from the next server start on). */
export function writeFloorFiles(distDir: string, captures: PageCapture[]): void {
  const dir = floorDir(distDir);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  captures.forEach((capture, i) => capture.sample && fs.writeFileSync(path.join(dir, `page-${i}.html`), capture.sample.body));
}

export function removeFloorFiles(distDir: string): void {
  fs.rmSync(floorDir(distDir), { recursive: true, force: true });
}

export interface MeasureOptions {
  scale: number;
  eventId: number;
  limits: RunLimits;
}

/** Every captured page on a cold server and on a warm one, each against its floor (measured on the cold server). */
export async function measurePages(servers: Record<CacheMode, BenchServer>, captures: PageCapture[], options: MeasureOptions): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const [i, capture] of captures.entries()) {
    const floorUrl = `${servers.cold.baseUrl}${floorPath(i)}`;
    results.push(await measurePage(servers, capture, floorUrl, options));
  }
  return results;
}

async function measurePage(servers: Record<CacheMode, BenchServer>, capture: PageCapture, floorUrl: string, options: MeasureOptions): Promise<PageResult> {
  const empty = { scale: options.scale, route: capture.route.name, htmlKb: 0, ttfbMs: 0, totalMs: 0, warmTtfbMs: 0, warmTotalMs: 0, floorTtfbMs: 0, floorTotalMs: 0, runs: 0 };
  const captured = capture.sample;
  if (!captured) return { ...empty, status: 'error', note: capture.error };
  if (captured.status === 404) return { ...empty, status: 'missing' };
  if (captured.status !== 200) return { ...empty, status: 'error', note: `HTTP ${captured.status}` };
  const cold = await coldSamples(routeUrl(servers.cold.baseUrl, capture.route, options.eventId), captured, options.limits);
  const warm = await warmSamples(routeUrl(servers.warm.baseUrl, capture.route, options.eventId), options.limits);
  await timedGet(floorUrl, 60_000);
  const floor = (await timeAsync(() => timedGet(floorUrl, 60_000), options.limits)).samples;
  const floorBytes = floor[0]?.body.length ?? 0;
  return {
    ...empty,
    status: 'ok',
    note: floorBytes === captured.body.length ? undefined : `floor served ${floorBytes} of ${captured.body.length} bytes`,
    htmlKb: captured.body.length / 1024,
    ttfbMs: median(cold.map((s) => s.ttfbMs)),
    totalMs: median(cold.map((s) => s.totalMs)),
    warmTtfbMs: median(warm.map((s) => s.ttfbMs)),
    warmTotalMs: median(warm.map((s) => s.totalMs)),
    floorTtfbMs: median(floor.map((s) => s.ttfbMs)),
    floorTotalMs: median(floor.map((s) => s.totalMs)),
    runs: cold.length,
  };
}

async function coldSamples(url: string, captured: HttpSample, limits: RunLimits): Promise<HttpSample[]> {
  if (captured.totalMs > SLOW_PAGE_MS) return [captured];
  await timedGet(url, SLOW_PAGE_MS * 10);
  return (await timeAsync(() => timedGet(url, SLOW_PAGE_MS * 10), limits)).samples;
}

/** The first request fills the query cache (a reader's first view) and is not counted. */
async function warmSamples(url: string, limits: RunLimits): Promise<HttpSample[]> {
  await timedGet(url, FILL_TIMEOUT_MS);
  const first = await timedGet(url, FILL_TIMEOUT_MS);
  if (first.totalMs > SLOW_PAGE_MS) return [first];
  return [first, ...(await timeAsync(() => timedGet(url, SLOW_PAGE_MS * 10), limits)).samples];
}

/** URL path of the static copy of the i-th captured page. */
export function floorPath(i: number): string {
  return `/_next/static/${FLOOR_DIR}/page-${i}.html`;
}

function floorDir(distDir: string): string {
  return path.join(distDir, 'static', FLOOR_DIR);
}
