/**
 * The results as markdown tables. run.ts writes them into bench/results.md between the
 * BEGIN/END markers; the hand-written notes around them (findings, what was tried) stay.
 */
import fs from 'node:fs';
import type { BuildStats } from './generate';
import type { explainAggregate } from './plans';
import type { IngestResult } from './ingest-bench';
import type { JsSize } from './js-size';
import type { LcpResult } from './lcp';
import type { PageResult } from './page-bench';
import type { QueryResult } from './query-bench';
import { renderLoadSections, type LoadResults } from './report-load';
import { n, short, table } from './markdown';
import { mark, TARGETS } from './targets';
import { formatMs } from './timing';

export interface BenchResults extends LoadResults {
  machine: string;
  totalSeconds: number;
  builds: BuildStats[];
  ingest: IngestResult[];
  queries: QueryResult[];
  plans: AggregatePlan[];
  pages: PageResult[];
  memory: { scale: number; peakMb: number }[];
  lcp: (LcpResult & { warmLcpMs: number })[];
  js: JsSize[];
}

export interface AggregatePlan extends ReturnType<typeof explainAggregate> {
  scale: number;
  aggregate: string;
}

const BEGIN = '<!-- bench:begin (written by npm run bench) -->';
const END = '<!-- bench:end -->';

export function renderResults(results: BenchResults): string {
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${results.machine}; \`npm run bench\` took ${(results.totalSeconds / 60).toFixed(1)} min.`,
    '',
    '### Databases',
    table(['events', 'how', 'build (s)', 'slowest saveReport (s)', 'same-event links', 'possible duplicates'],
      results.builds.map((b) => [n(b.events), b.method, b.cached ? 'cached' : (b.buildMs / 1000).toFixed(0), b.slowestReportMs ? (b.slowestReportMs / 1000).toFixed(1) : '', n(b.sameEventLinks), n(b.possibleDuplicates)])),
    '### Ingestion (parse + store, median)',
    table(['input', 'events', 'parse (ms)', 'store (ms)', 'total (ms)', 'events/s', 'runs', 'target'],
      results.ingest.map((r) => [r.input, n(r.events), formatMs(r.parseMs), formatMs(r.storeMs), formatMs(r.totalMs), n(Math.round(r.eventsPerSecond)), String(r.runs), ingestMark(r)])),
    '### Aggregates against their hand-written SQL floor (median ms)',
    '',
    'Cold: the query cache off, every call runs its SQL (× and the target are about this one). Warm: the same call again before any import, answered by the query cache (lib/queries/cache.ts).',
    '',
    table(['aggregate', 'filter', ...scalesOf(results.queries).flatMap((s) => [`${short(s)} cold`, `floor`, `×`, 'warm'])],
      queryRows(results.queries)),
    ...renderPlans(results.plans),
    '### Pages: server response against a static file of the same bytes (median ms)',
    '',
    'Cold: a server with QUERY_CACHE=off, every request renders from the database. Warm: the default server (scripts/serve.mjs) after one request of the page filled its query cache and its rendered-page cache, i.e. what a reader gets on every later view until the next import (the first view after an import is the table further below). TTFB is the cold one; the target mark is on the complete HTML.',
    '',
    table(['page', ...scalesOf(results.pages).flatMap((s) => [`${short(s)} TTFB`, 'cold', 'warm', 'floor', '× cold', '× warm', 'KB'])], pageRows(results.pages)),
    ...renderLoadSections(results),
    '### Server peak memory (VmHWM, MB)',
    table(['events', 'peak MB', 'target'], results.memory.map((m) => [n(m.scale), m.peakMb.toFixed(0), m.scale === TARGETS.memoryScale ? mark(m.peakMb < TARGETS.serverMemoryMb) : ''])),
    '### Largest contentful paint at 100 000 events (headless Chromium, median)',
    table(['page', 'LCP cold (ms)', 'LCP warm (ms)', 'runs', 'all JS fetched (KB, compressed)', 'loads Leaflet', 'target (cold, warm)'],
      results.lcp.map((l) => [l.route, formatMs(l.lcpMs), formatMs(l.warmLcpMs), String(l.runs), l.scriptKb.toFixed(0), l.loadsLeaflet ? 'yes' : 'no', l.route === 'overview' ? `${mark(l.lcpMs < TARGETS.overviewLcpMs)} ${mark(l.warmLcpMs < TARGETS.overviewLcpMs)}` : ''])),
    '### First-load JavaScript per route (gzip)',
    table(['page', 'scripts', 'KB', 'Leaflet in first load', 'target'],
      results.js.map((j) => [j.route, String(j.scripts), j.gzipKb.toFixed(0), j.leafletInFirstLoad ? 'yes' : 'no', j.route === 'overview' ? mark(j.gzipKb <= TARGETS.overviewJsKb) : ''])),
  ].join('\n');
}

function renderPlans(plans: AggregatePlan[]): string[] {
  if (plans.length === 0) return [];
  const scale = plans[0]?.scale ?? 0;
  const blocks = plans.map((p) => {
    const real = p.real.map((statement) => statement.plan.join('\n')).join('\n-- next statement\n');
    return `<details><summary>${p.aggregate}</summary>\n\n\`\`\`\n${real}\n-- floor\n${p.floor.plan.join('\n')}\n\`\`\`\n</details>\n`;
  });
  return [`### Query plans of the aggregates over ${TARGETS.aggregateRatio}× their floor at ${n(scale)} events, no filter`, '', ...blocks];
}

function ingestMark(r: IngestResult): string {
  if (r.input === 'real report (text)') return mark(r.totalMs <= TARGETS.realReportIngestMs);
  if (r.events === 2_000 && !r.input.includes('replacing')) return mark(r.totalMs <= TARGETS.largeReportIngestMs);
  return '';
}

function queryRows(queries: QueryResult[]): string[][] {
  const scales = scalesOf(queries);
  const keys = [...new Set(queries.map((q) => `${q.aggregate}\u0000${q.variant}`))];
  return keys.map((key) => {
    const [aggregate, variant] = key.split('\u0000') as [string, string];
    const cells = scales.flatMap((scale) => {
      const q = queries.find((r) => r.scale === scale && r.aggregate === aggregate && r.variant === variant);
      if (!q) return ['', '', '', ''];
      if (q.skipped) return [q.skipped, '', '', ''];
      const ratio = q.medianMs / q.floorMs;
      const verdict = `${ratio.toFixed(1)}${scale >= 100_000 ? ` ${mark(ratio <= TARGETS.aggregateRatio)}` : ''}${q.agrees ? '' : ' ≠'}`;
      return [formatMs(q.medianMs), formatMs(q.floorMs), verdict, formatMs(q.warmMs)];
    });
    return [aggregate, variant, ...cells];
  });
}

function pageRows(pages: PageResult[]): string[][] {
  const scales = scalesOf(pages);
  return [...new Set(pages.map((p) => p.route))].map((route) => [
    route,
    ...scales.flatMap((scale) => {
      const p = pages.find((r) => r.scale === scale && r.route === route);
      if (p?.status !== 'ok') return [p?.status === 'missing' ? 'missing' : (p?.note ?? ''), '', '', '', '', '', ''];
      const target = TARGETS.pageMs.get(scale);
      const withMark = (ms: number) => `${formatMs(ms)}${target ? ` ${mark(ms <= target)}` : ''}`;
      const ratio = (ms: number) => (ms / p.floorTotalMs).toFixed(0);
      return [formatMs(p.ttfbMs), withMark(p.totalMs), withMark(p.warmTotalMs), formatMs(p.floorTotalMs), ratio(p.totalMs), ratio(p.warmTotalMs), p.htmlKb.toFixed(0)];
    }),
  ]);
}

function scalesOf(rows: { scale: number }[]): number[] {
  return [...new Set(rows.map((r) => r.scale))].sort((a, b) => a - b);
}

/** Replaces the generated part of `file` (between BEGIN and END), keeping the notes around it. */
export function writeResults(file: string, markdown: string): void {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Benchmark results\n\n${BEGIN}\n${END}\n`;
  const start = existing.indexOf(BEGIN);
  const end = existing.indexOf(END);
  const before = start >= 0 ? existing.slice(0, start) : `${existing}\n`;
  const after = end >= 0 ? existing.slice(end + END.length) : '\n';
  fs.writeFileSync(file, `${before}${BEGIN}\n${markdown}\n${END}${after}`);
}
