/**
 * Times every aggregate (lib/queries, through drizzle) against its floor (one hand-written
 * statement through better-sqlite3) on the same database file, per filter variant: cold (the
 * query cache off, every call runs its SQL) and warm (the cache on and filled by a first call:
 * what a repeated request costs until the next import).
 */
import { openDb } from '@/db/client';
import { queryCache } from '@/lib/queries/cache';
import { AGGREGATES, type Aggregate } from './aggregates';
import { floorAgrees } from './check';
import { FILTER_VARIANTS, type FilterVariant } from './filter-variants';
import { timeSync, type RunLimits } from './timing';

export interface QueryResult {
  scale: number;
  aggregate: string;
  variant: string;
  /** Cold: the query cache off. */
  medianMs: number;
  floorMs: number;
  /** Warm: answered by the query cache. */
  warmMs: number;
  runs: number;
  agrees: boolean;
  skipped?: string;
}

export interface QueryPlanOptions {
  limits: RunLimits;
  /** Filter variants to measure (by name); all when omitted. */
  variants?: string[];
  /** A measurement to leave out (too slow for the budget); returns the reason shown instead. */
  skip?: (aggregate: string, variant: string) => string | undefined;
}

const cacheSetting = queryCache.enabled;

export function runQueryBench(file: string, scale: number, options: QueryPlanOptions, log: (line: string) => void): QueryResult[] {
  const db = openDb(file);
  const results: QueryResult[] = [];
  const chosen = FILTER_VARIANTS.filter((variant) => !options.variants || options.variants.includes(variant.name));
  try {
    for (const aggregate of AGGREGATES) {
      const variants = aggregate.filtered === false ? chosen.slice(0, 1) : chosen;
      for (const variant of variants) {
        const skipped = options.skip?.(aggregate.name, variant.name);
        const empty = { scale, aggregate: aggregate.name, variant: variant.name, medianMs: 0, floorMs: 0, warmMs: 0, runs: 0, agrees: true };
        results.push(skipped ? { ...empty, skipped } : measureOne(db, aggregate, variant, scale, options.limits));
      }
      const last = results.at(-1);
      log(`  ${scale}: ${aggregate.name} done (last ${last?.medianMs.toFixed(1)} ms vs floor ${last?.floorMs.toFixed(1)} ms)`);
    }
  } finally {
    queryCache.enabled = cacheSetting;
    db.$client.close();
  }
  return results;
}

function measureOne(db: ReturnType<typeof openDb>, aggregate: Aggregate, variant: FilterVariant, scale: number, limits: RunLimits): QueryResult {
  const statement = db.$client.prepare(aggregate.floor(variant.floorWhere(db.$client)));
  queryCache.enabled = false;
  const result = aggregate.run(db, variant.filters);
  const agrees = floorAgrees(aggregate, result, statement.all());
  const real = timeSync(() => aggregate.run(db, variant.filters), limits);
  const floor = timeSync(() => statement.all(), limits);
  queryCache.enabled = true;
  aggregate.run(db, variant.filters);
  const warm = timeSync(() => aggregate.run(db, variant.filters), limits);
  const medians = { medianMs: real.medianMs, floorMs: floor.medianMs, warmMs: warm.medianMs };
  return { scale, aggregate: aggregate.name, variant: variant.name, ...medians, runs: real.runs, agrees };
}
