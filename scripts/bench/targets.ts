/** The targets (on the 2-core machines), checked against the measurements. */
export const TARGETS = {
  /** Median page response (complete HTML), by scale. */
  pageMs: new Map([
    [100_000, 100],
    [1_000_000, 300],
  ]),
  aggregateRatio: 1.5,
  realReportIngestMs: 50,
  largeReportIngestMs: 1_000,
  overviewLcpMs: 1_500,
  overviewJsKb: 300,
  serverMemoryMb: 300,
  memoryScale: 1_000_000,
  /** First view after an import, median ms by scale, for these pages. */
  afterImportMs: new Map([
    [100_000, 100],
    [1_000_000, 300],
  ]),
  afterImportPages: ['overview', 'map', 'countries', 'spheres', 'sme', 'compare'],
  /** Rollup refresh against the rest of the import, at 100 000 events. */
  refreshShare: 0.2,
  /** Warm overview at 100 000 events and 10 connections against the static floor. */
  throughputShare: 0.5,
  /** Reader p99 during an import against idle. */
  readerP99Ratio: 2,
  /** Server memory under 10 connections at 1 000 000 events. */
  loadMemoryMb: 300,
} as const;

export function mark(ok: boolean | undefined): string {
  if (ok === undefined) return '';
  return ok ? '✓' : '✗';
}
