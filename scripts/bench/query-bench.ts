/**
 * Times every aggregate (lib/queries, through drizzle) against its floor (one hand-written
 * statement through better-sqlite3) on the same database file, per filter variant.
 */
import { openDb } from '@/db/client';
import { AGGREGATES, type Aggregate } from './aggregates';
import { floorAgrees } from './check';
import { FILTER_VARIANTS, type FilterVariant } from './filter-variants';
import { timeSync, type RunLimits } from './timing';

export interface QueryResult {
  scale: number;
  aggregate: string;
  variant: string;
  medianMs: number;
  floorMs: number;
  runs: number;
  agrees: boolean;
}

export function runQueryBench(file: string, scale: number, limits: RunLimits, log: (line: string) => void): QueryResult[] {
  const db = openDb(file, { migrate: false });
  const results: QueryResult[] = [];
  try {
    for (const aggregate of AGGREGATES) {
      const variants = aggregate.filtered === false ? FILTER_VARIANTS.slice(0, 1) : FILTER_VARIANTS;
      for (const variant of variants) results.push(measureOne(db, aggregate, variant, scale, limits));
      const last = results.at(-1);
      log(`  ${scale}: ${aggregate.name} done (last ${last?.medianMs.toFixed(1)} ms vs floor ${last?.floorMs.toFixed(1)} ms)`);
    }
  } finally {
    db.$client.close();
  }
  return results;
}

function measureOne(db: ReturnType<typeof openDb>, aggregate: Aggregate, variant: FilterVariant, scale: number, limits: RunLimits): QueryResult {
  const statement = db.$client.prepare(aggregate.floor(variant.floorWhere(db.$client)));
  const result = aggregate.run(db, variant.filters);
  const agrees = floorAgrees(aggregate, result, statement.all());
  const real = timeSync(() => aggregate.run(db, variant.filters), limits);
  const floor = timeSync(() => statement.all(), limits);
  return { scale, aggregate: aggregate.name, variant: variant.name, medianMs: real.medianMs, floorMs: floor.medianMs, runs: real.runs, agrees };
}

/** EXPLAIN QUERY PLAN of a statement, one line per step, for the findings. */
export function queryPlan(file: string, statement: string): string[] {
  const db = openDb(file, { migrate: false });
  try {
    const rows = db.$client.prepare(`explain query plan ${statement}`).all() as { detail: string }[];
    return rows.map((row) => row.detail);
  } finally {
    db.$client.close();
  }
}
