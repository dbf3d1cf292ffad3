/**
 * The data version (db/schema.ts dataVersion): bumped inside every transaction that changes the
 * stored reports, so memoised query results (lib/queries/cache.ts) of every process go stale at
 * that commit.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { dataVersion } from '@/db/schema';

export function bumpDataVersion(tx: Tx): void {
  tx.insert(dataVersion)
    .values({ id: 1, version: 1 })
    .onConflictDoUpdate({ target: dataVersion.id, set: { version: sql`${dataVersion.version} + 1` } })
    .run();
}
