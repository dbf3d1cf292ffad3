/**
 * Warm throughput: a page requested by many concurrent clients (autocannon) against its floor,
 * the same HTML served as a static file by the same server, and the server's peak memory after
 * each load.
 */
import autocannon from 'autocannon';
import { timedGet } from './http-timing';
import type { BenchServer } from './server';

export interface ThroughputResult {
  scale: number;
  route: string;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  floorRequestsPerSecond: number;
  floorP99Ms: number;
  /** Non-2xx answers and connection errors of the page's run. */
  failures: number;
  /** The server's peak resident memory during this page's load (its high-water mark reset before it). */
  peakMemoryMb: number;
}

const LOAD_CONNECTIONS = [10, 50];
const DURATION_S = 5;
const DRAIN_MAX_MS = 30_000;
const DRAINED_MS = 50;

interface Target {
  route: string;
  url: string;
  floorUrl: string;
}

export async function measureThroughput(server: BenchServer, scale: number, targets: Target[], log: (line: string) => void): Promise<ThroughputResult[]> {
  const results: ThroughputResult[] = [];
  for (const target of targets) {
    for (const connections of LOAD_CONNECTIONS) {
      server.resetPeak();
      const page = await load(target.url, connections);
      // The memory of serving this page to these readers: before the static floor's own load
      // (Next.js compressing the file for each request) and without the cold renders before it.
      const loadMemoryMb = server.peakSinceResetMb();
      await drain(target.floorUrl);
      const floor = await load(target.floorUrl, connections);
      await drain(target.floorUrl);
      const result = {
        scale,
        route: target.route,
        connections,
        requestsPerSecond: page.requests.average,
        p50Ms: page.latency.p50,
        p99Ms: page.latency.p99,
        floorRequestsPerSecond: floor.requests.average,
        floorP99Ms: floor.latency.p99,
        failures: page.non2xx + page.errors,
        peakMemoryMb: loadMemoryMb,
      };
      results.push(result);
      log(`  ${target.route}, ${connections} connections: ${result.requestsPerSecond.toFixed(1)} req/s (floor ${result.floorRequestsPerSecond.toFixed(0)}), p99 ${result.p99Ms} ms, ${result.peakMemoryMb.toFixed(0)} MB`);
    }
  }
  return results;
}

/**
 * autocannon stops sending when its time is up, but the server still renders what was queued: wait
 * until a static file is answered promptly again, so one run's backlog does not slow the next.
 */
async function drain(floorUrl: string): Promise<void> {
  const deadline = performance.now() + DRAIN_MAX_MS;
  while (performance.now() < deadline && (await timedGet(floorUrl, DRAIN_MAX_MS)).totalMs > DRAINED_MS) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function load(url: string, connections: number): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration: DURATION_S, headers: { 'accept-encoding': 'gzip' }, timeout: 30 });
}
