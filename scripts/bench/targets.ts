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
} as const;

export function mark(ok: boolean | undefined): string {
  if (ok === undefined) return '';
  return ok ? '✓' : '✗';
}
