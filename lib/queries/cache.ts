/**
 * Query results reused between requests. The data change only when a report is imported or
 * deleted, and each of those transactions bumps the data version (lib/import/data-version.ts), so
 * a result is keyed by (query name, arguments as JSON) and kept while the version it was computed
 * at is still the stored one. Reading the version is one primary-key SELECT per call, which also
 * sees commits of other processes (the command-line ingest). QUERY_CACHE=off turns it off.
 *
 * Results are shared between callers: treat them as read-only.
 */
import 'server-only';
import type Database from 'better-sqlite3';
import type { Db } from '@/db/client';
import { env } from '@/lib/env';

/** Results kept per database, least recently used dropped first. */
const MAX_ENTRIES = 500;
/** Longer lists (unbounded event lists) are not kept: a few of them would hold hundreds of MB. */
const MAX_CACHED_ROWS = 2_000;

interface Store {
  version: number;
  entries: Map<string, unknown>;
}

export class QueryCache {
  private readonly stores = new WeakMap<Database.Database, Store>();
  private readonly versionReads = new WeakMap<Database.Database, Database.Statement<[], { version: number }>>();

  /** Checked on every call: the benchmark measures the same functions with the cache off (cold) and on (warm). */
  enabled: boolean;

  constructor(enabled: boolean, private readonly maxEntries = MAX_ENTRIES) {
    this.enabled = enabled;
  }

  /** `query`, answering repeated calls with the same arguments from memory until the data version changes. */
  memoise<Args extends unknown[], Result>(name: string, query: (db: Db, ...args: Args) => Result): (db: Db, ...args: Args) => Result {
    return (db, ...args) => {
      if (!this.enabled) return query(db, ...args);
      const entries = this.currentEntries(db.$client);
      const key = `${name}\u0000${JSON.stringify(args)}`;
      if (entries.has(key)) return this.touch(entries, key) as Result;
      const result = query(db, ...args);
      if (!Array.isArray(result) || result.length <= MAX_CACHED_ROWS) this.keep(entries, key, result);
      return result;
    };
  }

  private currentEntries(sqlite: Database.Database): Map<string, unknown> {
    const version = this.readVersion(sqlite);
    const store = this.stores.get(sqlite);
    if (store?.version === version) return store.entries;
    const fresh = { version, entries: new Map<string, unknown>() };
    this.stores.set(sqlite, fresh);
    return fresh.entries;
  }

  private readVersion(sqlite: Database.Database): number {
    let statement = this.versionReads.get(sqlite);
    if (!statement) {
      statement = sqlite.prepare<[], { version: number }>('select version from data_version where id = 1');
      this.versionReads.set(sqlite, statement);
    }
    return statement.get()?.version ?? 0;
  }

  /** Map order is insertion order: re-inserting marks the entry as the most recently used. */
  private touch(entries: Map<string, unknown>, key: string): unknown {
    const value = entries.get(key);
    entries.delete(key);
    entries.set(key, value);
    return value;
  }

  private keep(entries: Map<string, unknown>, key: string, value: unknown): void {
    entries.set(key, value);
    if (entries.size > this.maxEntries) entries.delete(entries.keys().next().value as string);
  }
}

export const queryCache = new QueryCache(env.queryCache);

export function memoised<Args extends unknown[], Result>(name: string, query: (db: Db, ...args: Args) => Result): (db: Db, ...args: Args) => Result {
  return queryCache.memoise(name, query);
}
