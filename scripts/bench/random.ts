/**
 * A seeded pseudo-random source (mulberry32), so every run of the benchmark generates the same
 * data, and skewed (Zipf-like) choices: a few countries and spheres dominate, as in real reports.
 */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An item drawn with weight 1 / (rank + 1)^exponent: the first items dominate. */
  zipf<T>(items: readonly T[], exponent?: number): T;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const cumulative = new Map<string, number[]>();
  const zipf = <T>(items: readonly T[], exponent = 1.1): T => {
    const key = `${items.length}:${exponent}`;
    let sums = cumulative.get(key);
    if (!sums) {
      let total = 0;
      sums = items.map((_, rank) => (total += 1 / (rank + 1) ** exponent));
      cumulative.set(key, sums);
    }
    const target = next() * (sums.at(-1) ?? 0);
    return items[lowerBound(sums, target)] as T;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
    zipf,
  };
}

function lowerBound(sorted: number[], target: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
