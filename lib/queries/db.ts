import 'server-only';
import { openDb, type Db } from '@/db/client';
import { env } from '@/lib/env';

const globalForDb = globalThis as unknown as { dashboardDb?: Db };

/** The app's one connection, opened (and migrated) on first use. */
export function getDb(): Db {
  globalForDb.dashboardDb ??= openDb(env.databasePath);
  return globalForDb.dashboardDb;
}
