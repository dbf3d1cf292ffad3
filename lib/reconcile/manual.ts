/**
 * Analysts' decisions about which rows are one real event (event_merges, event_merge_rows; made by
 * lib/curation/merges.ts) as the write paths see them: rows tied to a report by a decision, the
 * decision's rows found again in a new version of their report (refind.ts, as corrections are),
 * and each decision's state kept true to whether all its rows exist: a row not found orphans the
 * decision (it stops applying), finding it again applies it again. An active unlink keeps its two
 * rows apart: the automatic link the import makes again is removed.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { eventMatches, eventMergeRows, eventMerges, events } from '@/db/schema';
import { findRow, type RowCandidate, type RowKey } from './refind';

const LIVE_STATES = ['active', 'orphaned'] as const;

/** Rows tied to a report's rows by a live decision: their counting may change with the report. */
export function manualMates(tx: Tx, reportId: number): number[] {
  return tx
    .all<{ id: number }>(sql`select distinct x.event_id as id
      from ${eventMergeRows} w
      join ${eventMerges} g on g.id = w.merge_id
      join ${eventMergeRows} x on x.merge_id = w.merge_id
      join ${events} e on e.id = w.event_id
      where e.report_id = ${reportId} and g.state in ('active', 'orphaned') and x.event_id is not null`)
    .map((row) => row.id);
}

/** A live merge or unlink with a row in a period, each of its rows with what re-finds it. */
export interface PendingDecision {
  id: number;
  kind: 'merge' | 'unlink';
  rows: (RowKey & { periodKey: string })[];
}

/** A decision a new version of the period would orphan, its rows marked `lost` where not found again. */
export interface DecisionOutcome {
  id: number;
  kind: 'merge' | 'unlink';
  rows: { periodKey: string; seq: number; title: string; lost: boolean }[];
}

/** The live decisions with a row in the period (read before a new version is stored, for its preview). */
export function pendingDecisions(db: Db | Tx, periodKey: string): PendingDecision[] {
  const rows = db
    .select({ id: eventMerges.id, kind: eventMerges.kind, periodKey: eventMergeRows.periodKey, seq: eventMergeRows.seq, matchTitle: eventMergeRows.matchTitle, matchStartDate: eventMergeRows.matchStartDate, matchEndDate: eventMergeRows.matchEndDate })
    .from(eventMergeRows)
    .innerJoin(eventMerges, eq(eventMerges.id, eventMergeRows.mergeId))
    .where(and(inArray(eventMerges.state, LIVE_STATES), sql`${eventMerges.id} in (select ${eventMergeRows.mergeId} from ${eventMergeRows} where ${eventMergeRows.periodKey} = ${periodKey})`))
    .orderBy(eventMerges.id, eventMergeRows.position)
    .all();
  const decisions = new Map<number, PendingDecision>();
  for (const { id, kind, ...row } of rows) {
    const decision = decisions.get(id) ?? { id, kind, rows: [] };
    decisions.set(id, decision);
    decision.rows.push(row);
  }
  return [...decisions.values()];
}

/**
 * What saving `parsed` as the period's new version would make of its decisions, by the save's own
 * lookup (findRow, as refindManualRows): the decisions it would orphan — a row of the period not
 * found again, or two of its rows found in one (settleManualDecisions) — with the lost rows marked.
 */
export function planManualRefind(decisions: PendingDecision[], periodKey: string, parsed: RowCandidate[]): DecisionOutcome[] {
  return decisions.flatMap((decision) => {
    const found = decision.rows.map((row) => (row.periodKey === periodKey ? (findRow(row, parsed)?.seq ?? null) : row.seq));
    const clash = decision.rows.some((row, i) => row.periodKey === periodKey && found[i] !== null && decision.rows.some((other, j) => j !== i && other.periodKey === periodKey && found[j] === found[i]));
    if (!clash && !found.includes(null)) return [];
    const rows = decision.rows.map((row, i) => ({ periodKey: row.periodKey, seq: row.seq, title: row.matchTitle, lost: found[i] === null }));
    return [{ id: decision.id, kind: decision.kind, rows }];
  });
}

/**
 * Inside saveReport's transaction, after the new rows are inserted: the decisions' rows of this
 * period (their old rows are gone) are looked for among the new ones. Returns the decisions' other
 * rows, whose counting may change.
 */
export function refindManualRows(tx: Tx, reportId: number, periodKey: string, parsed: RowCandidate[]): number[] {
  const waiting = tx
    .select({ mergeId: eventMergeRows.mergeId, position: eventMergeRows.position, seq: eventMergeRows.seq, matchTitle: eventMergeRows.matchTitle, matchStartDate: eventMergeRows.matchStartDate, matchEndDate: eventMergeRows.matchEndDate })
    .from(eventMergeRows)
    .innerJoin(eventMerges, eq(eventMerges.id, eventMergeRows.mergeId))
    .where(and(eq(eventMergeRows.periodKey, periodKey), isNull(eventMergeRows.eventId), inArray(eventMerges.state, LIVE_STATES)))
    .all();
  if (waiting.length === 0) return [];
  const idBySeq = new Map(tx.select({ id: events.id, seq: events.seq }).from(events).where(eq(events.reportId, reportId)).all().map((row) => [row.seq, row.id]));
  for (const row of waiting) {
    const found = findRow(row, parsed);
    const eventId = found ? idBySeq.get(found.seq) : undefined;
    if (!found || eventId === undefined) continue;
    tx.update(eventMergeRows)
      .set({ eventId, seq: found.seq, matchTitle: found.title, matchStartDate: found.startDate, matchEndDate: found.endDate })
      .where(and(eq(eventMergeRows.mergeId, row.mergeId), eq(eventMergeRows.position, row.position)))
      .run();
  }
  const merges = [...new Set(waiting.map((row) => row.mergeId))];
  return tx
    .select({ id: eventMergeRows.eventId })
    .from(eventMergeRows)
    .where(inArray(eventMergeRows.mergeId, merges))
    .all()
    .flatMap((row) => (row.id === null ? [] : [row.id]));
}

/**
 * Orphans the live decisions that miss a row (or found two of their rows in one), applies again
 * the orphans whose rows are all there, and removes the automatic links active unlinks deny.
 */
export function settleManualDecisions(tx: Tx): void {
  const incomplete = sql`(exists (select 1 from ${eventMergeRows} r where r.merge_id = ${eventMerges.id} and r.event_id is null)
    or (select count(distinct r.event_id) from ${eventMergeRows} r where r.merge_id = ${eventMerges.id})
      < (select count(*) from ${eventMergeRows} r where r.merge_id = ${eventMerges.id}))`;
  tx.update(eventMerges).set({ state: 'orphaned' }).where(and(eq(eventMerges.state, 'active'), incomplete)).run();
  tx.update(eventMerges).set({ state: 'active' }).where(and(eq(eventMerges.state, 'orphaned'), sql`not ${incomplete}`)).run();
  // Driven from the few unlinks, each pair found by event_matches' primary key: no scan of the links.
  tx.run(sql`delete from ${eventMatches} where ${eventMatches.kind} = 'same_event' and (${eventMatches.eventId}, ${eventMatches.otherId}) in (
    select a.event_id, b.event_id from ${eventMerges} g
    join ${eventMergeRows} a on a.merge_id = g.id
    join ${eventMergeRows} b on b.merge_id = g.id
    where g.kind = 'unlink' and g.state = 'active' and a.event_id is not null and b.event_id is not null and a.event_id <> b.event_id)`);
}
