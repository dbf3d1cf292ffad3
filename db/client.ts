/**
 * Opens the SQLite database (WAL, foreign keys on) and applies pending migrations.
 * Used by the app, the command-line scripts, the tests and the benchmark alike.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { rebuildRollups, rollupsMissing } from '@/lib/import/refresh-rollups';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The handle a `db.transaction` callback gets: every write of the app runs through one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

interface OpenOptions {
  /** Apply pending migrations (and build missing rollups); default true. */
  migrate?: boolean;
  /**
   * Read every page once (PRAGMA quick_check) and refuse a damaged file. Its cost grows with the
   * file (6-9 s at 1 000 000 events, up to 30 s from a cold disk), so only `npm start`
   * asks for it, once before serving; every open still refuses a file that is not a database.
   */
  check?: boolean;
}

export function openDb(file: string, options: OpenOptions = {}): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = openSqlite(file, options.check === true);
  const db = drizzle(sqlite, { schema });
  if (options.migrate !== false) {
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    // A database stored before the rollups existed gets them once (every write keeps them since).
    if (rollupsMissing(db)) rebuildRollups(db);
  }
  return db;
}

function openSqlite(file: string, check: boolean): Database.Database {
  try {
    const sqlite = new Database(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    if (check) quickCheck(sqlite);
    return sqlite;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw Object.assign(new Error(`Database ${file} cannot be opened: ${(error as Error).message}${typeof code === 'string' ? ` [${code}]` : ''}`), { code });
  }
}

function quickCheck(sqlite: Database.Database): void {
  const result: unknown = sqlite.pragma('quick_check', { simple: true });
  if (result !== 'ok') throw Object.assign(new Error(`database disk image is malformed (quick_check: ${String(result)})`), { code: 'SQLITE_CORRUPT' });
}
