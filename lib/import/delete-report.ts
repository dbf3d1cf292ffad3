/**
 * Deletes a stored report (its events, links and warnings cascade) in one transaction; rows of
 * other reports that it superseded become primary again, and analysts' merges and unlinks with a row
 * in it are orphaned until a report brings the row back.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reports } from '@/db/schema';
import { bumpDataVersion } from './data-version';
import { neighboursOf, releaseNeighbours } from '@/lib/reconcile';
import { quartersOfEvents, quartersOfReport, refreshRollups } from './refresh-rollups';

export function deleteReport(db: Db, periodKey: string): boolean {
  return db.transaction((tx) => {
    const report = tx.select({ id: reports.id }).from(reports).where(eq(reports.periodKey, periodKey)).get();
    if (!report) return false;
    const neighbours = neighboursOf(tx, report.id);
    const quarters = quartersOfReport(tx, report.id);
    tx.delete(reports).where(eq(reports.id, report.id)).run();
    releaseNeighbours(tx, neighbours);
    refreshRollups(tx, [...quarters, ...quartersOfEvents(tx, neighbours)]);
    bumpDataVersion(tx);
    return true;
  });
}
