/** The results tables about imports and load: first views after an import, refresh cost, readers during an import, throughput. */
import type { AfterImportResult } from './after-import';
import type { ThroughputResult } from './load-bench';
import { n, short, table } from './markdown';
import { mark, TARGETS } from './targets';
import { formatMs } from './timing';

export interface LoadResults {
  throughput: ThroughputResult[];
  afterImport: AfterImportResult[];
}

export function renderLoadSections(results: LoadResults): string[] {
  const scales = results.afterImport.map((a) => a.scale);
  return [
    '### First view of each page after an import (median ms, complete HTML)',
    '',
    `A default server (query cache on) whose pages were all viewed once; then, ${results.afterImport[0]?.imports ?? 0} times, a quarterly report of the scale's size (events / 40) replaces 2025-Q4 and every page is requested once, in this order: each request is that page's first view since the import. Targets on ${TARGETS.afterImportPages.join(', ')}.`,
    '',
    table(['page', ...scales.map(short)], afterImportRows(results.afterImport)),
    '### Rollup refresh per import (median ms)',
    '',
    'The import (saveReport: delete, insert, link, refresh, in one transaction) and the rollup refresh inside its transaction (the target); share = refresh / (import − refresh). Then the same refresh again in a transaction of its own: that adds a commit of its own (the rollups\' pages written and the WAL synced), which inside the import is part of the import\'s one commit.',
    '',
    table(['events', 'report events', 'import', 'rollup refresh in it', 'share', 'target', 'refresh alone, own commit', 'share if so'],
      results.afterImport.map((a) => {
        const share = a.refreshMs / Math.max(1, a.importMs - a.refreshMs);
        const alone = a.refreshAloneMs / Math.max(1, a.importMs - a.refreshMs);
        return [n(a.scale), n(a.reportEvents), formatMs(a.importMs), formatMs(a.refreshMs), `${(share * 100).toFixed(0)} %`, a.scale === 100_000 ? mark(share <= TARGETS.refreshShare) : '', formatMs(a.refreshAloneMs), `${(alone * 100).toFixed(0)} %`];
      })),
    '### Reader latency during an import (overview, one reader, sequential requests, ms)',
    '',
    'Two rounds, each 10 s of requests with nothing imported (idle), then requests while `npm run ingest` (its own process at nice 10: start, parse, one transaction) replaces 2025-Q4 (during; requests after its commit are first views); p50 and p99 over both rounds\' samples, ingest the median of the two.',
    '',
    table(['events', 'idle p50', 'idle p99', 'during p50', 'during p99', 'requests during', 'ingest (ms)', 'p99 ratio', 'target'],
      results.afterImport.map(({ scale, readers: r }) => {
        const ratio = r.duringP99Ms / Math.max(0.01, r.idleP99Ms);
        return [n(scale), formatMs(r.idleP50Ms), formatMs(r.idleP99Ms), formatMs(r.duringP50Ms), formatMs(r.duringP99Ms), String(r.duringSamples), formatMs(r.ingestMs), ratio.toFixed(1), mark(ratio <= TARGETS.readerP99Ratio)];
      })),
    '### Warm throughput under concurrent load (autocannon, 5 s per run)',
    '',
    'The page on the default server after its cache filled, against the same HTML as a static file on the same server; memory is the server\'s peak resident memory during the page\'s load (VmHWM reset before it through /proc/<pid>/clear_refs, read before the floor\'s load): what serving that page to those readers takes, on top of what the server kept from the pages it rendered before. The table after it is the peak of the server\'s whole life.',
    '',
    table(['events', 'page', 'connections', 'req/s', 'p50 (ms)', 'p99 (ms)', 'floor req/s', 'floor p99 (ms)', '× floor', 'failed', 'server MB', 'target'],
      results.throughput.map((t) => {
        const share = t.requestsPerSecond / Math.max(0.01, t.floorRequestsPerSecond);
        return [n(t.scale), t.route, String(t.connections), t.requestsPerSecond.toFixed(1), String(t.p50Ms), String(t.p99Ms), t.floorRequestsPerSecond.toFixed(0), String(t.floorP99Ms), share.toFixed(2), String(t.failures), t.peakMemoryMb.toFixed(0), throughputMark(t, share)];
      })),
  ];
}

function afterImportRows(results: AfterImportResult[]): string[][] {
  const routes = [...new Set(results.flatMap((a) => a.pages.map((p) => p.route)))];
  return routes.map((route) => [
    route,
    ...results.map((a) => {
      const ms = a.pages.find((p) => p.route === route)?.ms;
      const target = TARGETS.afterImportMs.get(a.scale);
      if (ms === undefined) return '';
      return `${formatMs(ms)}${target && (TARGETS.afterImportPages as readonly string[]).includes(route) ? ` ${mark(ms <= target)}` : ''}`;
    }),
  ]);
}

function throughputMark(t: ThroughputResult, share: number): string {
  const marks: string[] = [];
  if (t.scale === 100_000 && t.route === 'overview' && t.connections === 10) marks.push(`${mark(share >= TARGETS.throughputShare)} ×`);
  if (t.scale === 1_000_000 && t.connections === 10) marks.push(`${mark(t.peakMemoryMb <= TARGETS.loadMemoryMb)} MB`);
  return marks.join(' ');
}
