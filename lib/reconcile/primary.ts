/**
 * Which row of one real event every figure counts (`events.is_primary`, read by
 * lib/queries/where.ts). A row counts unless
 * - an analyst merged it into another row (a loser of an active merge, manual.ts), or
 * - a same-event link points to a row of a newer report — except a row the analyst chose as the
 *   winner of a merge, which keeps counting over its merge-mates whatever their reports.
 */
import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { eventMatches, eventMergeRows, eventMerges, events, reports } from '@/db/schema';

/** The condition every figure puts on `events` when no report is chosen: the counted row of each real event. */
export function countedRow(): SQL {
  return eq(events.isPrimary, true);
}

export function recomputePrimary(tx: Tx, ids: number[]): void {
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    tx.run(sql`update ${events} set is_primary = not exists (
      select 1 from ${eventMergeRows} r join ${eventMerges} g on g.id = r.merge_id
      where r.event_id = ${events.id} and g.kind = 'merge' and g.state = 'active' and r.winner = 0)
    and not exists (
      select 1 from ${eventMatches} m
      join ${events} o on o.id = m.other_id
      join ${reports} ro on ro.id = o.report_id
      join ${reports} rs on rs.id = ${events.reportId}
      where m.event_id = ${events.id} and m.kind = 'same_event' and ro.period_key > rs.period_key
        and not exists (
          select 1 from ${eventMergeRows} w join ${eventMergeRows} x on x.merge_id = w.merge_id join ${eventMerges} g on g.id = w.merge_id
          where g.kind = 'merge' and g.state = 'active' and w.winner = 1 and w.event_id = ${events.id} and x.event_id = o.id))
    where ${inArray(events.id, chunk)}`);
  }
}
