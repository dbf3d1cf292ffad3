/**
 * Deletes a stored report (its events, links and warnings cascade) in one transaction; rows of
 * other reports that it superseded become primary again.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reports } from '@/db/schema';
import { bumpDataVersion } from './data-version';
import { linkedRowIds, recomputePrimary } from '@/lib/reconcile';
import { quartersOfReport, refreshRollups } from './refresh-rollups';

export function deleteReport(db: Db, periodKey: string): boolean {
  return db.transaction((tx) => {
    const report = tx.select({ id: reports.id }).from(reports).where(eq(reports.periodKey, periodKey)).get();
    if (!report) return false;
    const neighbours = linkedRowIds(tx, report.id);
    const quarters = quartersOfReport(tx, report.id);
    tx.delete(reports).where(eq(reports.id, report.id)).run();
    recomputePrimary(tx, neighbours);
    refreshRollups(tx, quarters);
    bumpDataVersion(tx);
    return true;
  });
}
