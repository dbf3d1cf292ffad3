/** Medians over repeated runs, bounded in count and time so the whole benchmark fits its budget. */
export interface RunLimits {
  minRuns: number;
  maxRuns: number;
  /** Stop after maxRuns, or after minRuns once this much time was spent. */
  budgetMs: number;
}

export interface Timing {
  medianMs: number;
  runs: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function timeSync(run: () => unknown, limits: RunLimits): Timing {
  const times: number[] = [];
  const started = performance.now();
  while (times.length < limits.maxRuns && (times.length < limits.minRuns || performance.now() - started < limits.budgetMs)) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return { medianMs: median(times), runs: times.length };
}

export async function timeAsync<T>(run: () => Promise<T>, limits: RunLimits): Promise<{ samples: T[]; runs: number }> {
  const samples: T[] = [];
  const started = performance.now();
  while (samples.length < limits.maxRuns && (samples.length < limits.minRuns || performance.now() - started < limits.budgetMs)) {
    samples.push(await run());
  }
  return { samples, runs: samples.length };
}

export function formatMs(ms: number): string {
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(2);
}
