/**
 * The statements an aggregate runs and their EXPLAIN QUERY PLAN, captured by wrapping
 * better-sqlite3's prepare while the real function runs once, with the query cache off: material
 * for the findings.
 */
import type Database from 'better-sqlite3';
import { openDb } from '@/db/client';
import { queryCache } from '@/lib/queries/cache';
import type { Aggregate } from './aggregates';
import type { FilterVariant } from './filter-variants';

export interface StatementPlan {
  sql: string;
  plan: string[];
}

export function explainAggregate(file: string, aggregate: Aggregate, variant: FilterVariant): { real: StatementPlan[]; floor: StatementPlan } {
  const db = openDb(file, { migrate: false });
  const sqlite = db.$client;
  const captured: { sql: string; params: unknown[] }[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  const cacheSetting = queryCache.enabled;
  try {
    sqlite.prepare = ((source: string) => recording(prepare(source), source, captured)) as typeof sqlite.prepare;
    queryCache.enabled = false;
    aggregate.run(db, variant.filters);
    sqlite.prepare = prepare;
    const explain = (sql: string, params: unknown[] = []): StatementPlan => ({
      sql,
      plan: (prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail),
    });
    return { real: captured.map(({ sql, params }) => explain(sql, params)), floor: explain(aggregate.floor(variant.floorWhere(sqlite))) };
  } finally {
    queryCache.enabled = cacheSetting;
    sqlite.prepare = prepare;
    sqlite.close();
  }
}

/** A statement whose run/all/get/values record the SQL and the bound parameters first. */
function recording(statement: Database.Statement, sql: string, into: { sql: string; params: unknown[] }[]): Database.Statement {
  for (const method of ['run', 'all', 'get', 'iterate'] as const) {
    const original = statement[method].bind(statement) as (...params: unknown[]) => unknown;
    (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
      into.push({ sql, params });
      return original(...params);
    };
  }
  return statement;
}
