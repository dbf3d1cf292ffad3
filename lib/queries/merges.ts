import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type EventMerge, eventMatches, eventMergeRows, eventMerges, events, reports } from '@/db/schema';
import { memoised } from './cache';
import type { EventRef } from './duplicates';

export interface DecisionRow {
  eventId: number | null;
  periodKey: string;
  seq: number;
  title: string;
  winner: boolean;
}

/** An analyst's merge or unlink with its rows (lib/curation/merges.ts). */
export interface Decision extends Pick<EventMerge, 'id' | 'kind' | 'state' | 'reason' | 'username' | 'at'> {
  rows: DecisionRow[];
}

function withRows(db: Db, merges: Pick<EventMerge, 'id' | 'kind' | 'state' | 'reason' | 'username' | 'at'>[]): Decision[] {
  if (merges.length === 0) return [];
  const rows = db
    .select({ mergeId: eventMergeRows.mergeId, eventId: eventMergeRows.eventId, periodKey: eventMergeRows.periodKey, seq: eventMergeRows.seq, title: eventMergeRows.matchTitle, winner: eventMergeRows.winner })
    .from(eventMergeRows)
    .where(inArray(eventMergeRows.mergeId, merges.map((merge) => merge.id)))
    .orderBy(asc(eventMergeRows.mergeId), asc(eventMergeRows.position))
    .all();
  return merges.map((merge) => ({ ...merge, rows: rows.filter((row) => row.mergeId === merge.id).map(({ mergeId: _, ...row }) => row) }));
}

const DECISION = { id: eventMerges.id, kind: eventMerges.kind, state: eventMerges.state, reason: eventMerges.reason, username: eventMerges.username, at: eventMerges.at };

/** The live merges and unlinks a row takes part in (its event page). */
export const getEventDecisions = memoised('getEventDecisions', (db: Db, eventId: number): Decision[] => {
  const merges = db
    .selectDistinct(DECISION)
    .from(eventMerges)
    .innerJoin(eventMergeRows, eq(eventMergeRows.mergeId, eventMerges.id))
    .where(and(eq(eventMergeRows.eventId, eventId), inArray(eventMerges.state, ['active', 'orphaned'])))
    .orderBy(asc(eventMerges.id))
    .all();
  return withRows(db, merges);
});

/** Merges and unlinks whose rows a re-import or a deletion took away (/quality). */
export const getOrphanedDecisions = memoised('getOrphanedDecisions', (db: Db): Decision[] =>
  withRows(db, db.select(DECISION).from(eventMerges).where(eq(eventMerges.state, 'orphaned')).orderBy(asc(eventMerges.id)).all()),
);

/** Event id → its active merge: two look-alike rows with the same merge are already one event. */
export const getActiveMergeOfRows = memoised('getActiveMergeOfRows', (db: Db): Map<number, number> => {
  const rows = db
    .select({ eventId: eventMergeRows.eventId, mergeId: eventMergeRows.mergeId })
    .from(eventMergeRows)
    .innerJoin(eventMerges, eq(eventMerges.id, eventMergeRows.mergeId))
    .where(and(eq(eventMerges.kind, 'merge'), eq(eventMerges.state, 'active')))
    .all();
  return new Map(rows.flatMap((row) => (row.eventId === null ? [] : [[row.eventId, row.mergeId] as const])));
});

/** The rows of the same report that look like this one (the merge form's suggestions). */
export const getLookAlikesOf = memoised('getLookAlikesOf', (db: Db, eventId: number): EventRef[] =>
  db
    .select({ id: events.id, report: reports.periodKey, seq: events.seq, title: events.title, startDate: events.startDate, endDate: events.endDate, sphereHeader: events.sphereHeader })
    .from(eventMatches)
    .innerJoin(events, eq(events.id, eventMatches.otherId))
    .innerJoin(reports, eq(reports.id, events.reportId))
    .where(and(eq(eventMatches.eventId, eventId), eq(eventMatches.kind, 'possible_duplicate')))
    .orderBy(asc(events.seq))
    .all(),
);
