/**
 * One event, one count, by hand (issue 12). An analyst marks two or more rows as one real event
 * and chooses the row that counts (a merge: the other rows stop counting, as rows repeated by a
 * newer report do), or says that two rows the automatic linking joined are two events (an unlink:
 * the link goes, each row counts). Each decision is a record of event_merges with its rows and
 * what re-finds them in a new version of their report (lib/reconcile/manual.ts), written in one
 * transaction with its audit entry, the recount of the rows' quarters' rollups and a data-version
 * bump. Undo takes a decision back; an orphaned one (a row no longer found) can be dropped.
 * Used by the event page, /quality and `npm run correct`.
 */
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { auditLog, corrections, eventMatches, eventMergeRows, eventMerges, type EventMerge, events, reports } from '@/db/schema';
import { bumpDataVersion } from '@/lib/import/data-version';
import { quartersOfEvents, refreshRollups } from '@/lib/import/refresh-rollups';
import { recomputePrimary } from '@/lib/reconcile';
import { CorrectionError } from './errors';

export interface MergeRequest {
  eventIds: number[];
  /** The row whose values count; one of eventIds. */
  winnerId: number;
  reason: string;
  username: string;
}

export interface UnlinkRequest {
  eventIds: number[];
  reason: string;
  username: string;
}

const MAX_REASON = 1000;
const MAX_ROWS = 20;

export function mergeEvents(db: Db, request: MergeRequest): EventMerge {
  const ids = [...new Set(request.eventIds)];
  if (ids.length < 2 || ids.length > MAX_ROWS) throw new CorrectionError('invalid_value', `a merge takes 2 to ${MAX_ROWS} rows`);
  if (!ids.includes(request.winnerId)) throw new CorrectionError('invalid_value', 'the row that counts must be one of the merged rows');
  const reason = requireReason(request.reason);
  return db.transaction((tx) => {
    const rows = loadRows(tx, ids);
    refuseTaken(tx, ids, 'merge');
    const merge = tx.insert(eventMerges).values({ kind: 'merge', reason, username: request.username, state: 'active' }).returning().get();
    insertRows(tx, merge.id, rows, request.winnerId);
    const named = rows.map((row) => `${rowName(row)}${row.id === request.winnerId ? ' (counts)' : ''}`);
    recount(tx, ids);
    audit(tx, request.username, 'merge', rows[0] as RowInfo, `${named.join(' + ')}; ${reason}`);
    return merge;
  });
}

export function unlinkEvents(db: Db, request: UnlinkRequest): EventMerge {
  const ids = [...new Set(request.eventIds)];
  if (ids.length !== 2) throw new CorrectionError('invalid_value', 'an unlink takes two linked rows');
  const reason = requireReason(request.reason);
  return db.transaction((tx) => {
    const rows = loadRows(tx, ids);
    const [a, b] = ids as [number, number];
    const link = tx
      .select({ score: eventMatches.score, reason: eventMatches.reason })
      .from(eventMatches)
      .where(and(eq(eventMatches.eventId, a), eq(eventMatches.otherId, b), eq(eventMatches.kind, 'same_event')))
      .get();
    if (!link) throw new CorrectionError('wrong_state', `${rows.map(rowName).join(' and ')} are not linked as one event`);
    refuseTaken(tx, ids, 'unlink');
    const unlink = tx
      .insert(eventMerges)
      .values({ kind: 'unlink', reason, username: request.username, state: 'active', linkScore: link.score, linkReason: link.reason })
      .returning()
      .get();
    insertRows(tx, unlink.id, rows, null);
    tx.delete(eventMatches).where(pairOf(a, b)).run();
    recount(tx, ids);
    audit(tx, request.username, 'unlink', rows[0] as RowInfo, `${rows.map(rowName).join(' ≠ ')}; ${reason}`);
    return unlink;
  });
}

/** An active merge or unlink taken back: the merged rows count as before, an unlinked pair is linked again. */
export function undoMerge(db: Db, mergeId: number, username: string): EventMerge {
  return closeDecision(db, mergeId, username, { from: 'active', to: 'undone', action: 'undo_merge' }, (tx, merge, [a, b]) => {
    if (merge.kind !== 'unlink' || a === undefined || b === undefined) return;
    const link = { kind: 'same_event' as const, score: merge.linkScore ?? 1, reason: merge.linkReason ?? 'manual' };
    tx.insert(eventMatches)
      .values([
        { eventId: a, otherId: b, ...link },
        { eventId: b, otherId: a, ...link },
      ])
      .onConflictDoNothing()
      .run();
  });
}

/** An orphaned decision (a row no longer found) let go. */
export function dropMerge(db: Db, mergeId: number, username: string): EventMerge {
  return closeDecision(db, mergeId, username, { from: 'orphaned', to: 'dropped', action: 'drop_merge' });
}

/**
 * A decision in state `from` closed as `to`: `restore` puts back what the decision had taken away
 * (an unlinked pair's link), its rows are counted again, and the audit log says so.
 */
function closeDecision(
  db: Db,
  mergeId: number,
  username: string,
  step: { from: EventMerge['state']; to: 'undone' | 'dropped'; action: 'undo_merge' | 'drop_merge' },
  restore?: (tx: Tx, merge: EventMerge, ids: number[]) => void,
): EventMerge {
  return db.transaction((tx) => {
    const merge = requireState(tx, mergeId, step.from);
    const ids = rowIds(tx, mergeId);
    const closed = close(tx, mergeId, step.to, username);
    restore?.(tx, merge, ids);
    recount(tx, ids);
    audit(tx, username, step.action, firstRow(tx, mergeId), `${merge.kind}: ${describeRows(tx, mergeId)}`);
    return closed;
  });
}

/** "2025-Q4:42" (report period and row number) or an event id, as the command line and the event page's form give rows. */
export function resolveRowRef(db: Db | Tx, ref: string): number {
  const text = ref.trim();
  const byRow = /^(\d{4}-(?:Q[1-4]|H[12]|9M|Y)):(\d{1,6})$/.exec(text);
  if (byRow) {
    const row = db
      .select({ id: events.id })
      .from(events)
      .innerJoin(reports, eq(reports.id, events.reportId))
      .where(and(eq(reports.periodKey, byRow[1] as string), eq(events.seq, Number(byRow[2]))))
      .get();
    if (!row) throw new CorrectionError('not_found', `no row ${byRow[2]} in report ${byRow[1]}`);
    return row.id;
  }
  if (/^[1-9]\d{0,9}$/.test(text)) return Number(text);
  throw new CorrectionError('invalid_value', `"${text}" is not a row (PERIOD:ROW, e.g. 2025-Q4:42)`);
}

/** The live decision (active or orphaned) of this kind holding exactly these rows, for `--undo` on the command line. */
export function findDecision(db: Db | Tx, kind: EventMerge['kind'], eventIds: number[]): EventMerge | undefined {
  const ids = [...new Set(eventIds)];
  const candidates = db
    .selectDistinct({ id: eventMerges.id })
    .from(eventMerges)
    .innerJoin(eventMergeRows, eq(eventMergeRows.mergeId, eventMerges.id))
    .where(and(eq(eventMerges.kind, kind), inArray(eventMerges.state, ['active', 'orphaned']), inArray(eventMergeRows.eventId, ids)))
    .all();
  for (const { id } of candidates) {
    const rows = rowIds(db, id);
    if (rows.length === ids.length && ids.every((eventId) => rows.includes(eventId))) return db.select().from(eventMerges).where(eq(eventMerges.id, id)).get();
  }
  return undefined;
}

/** Rows merged away by an active merge: event id → the row that counts instead (the export's `mergedInto`). */
export function readMergedInto(db: Db): Map<number, { report: string; seq: number }> {
  const rows = db
    .select({ mergeId: eventMergeRows.mergeId, eventId: eventMergeRows.eventId, report: eventMergeRows.periodKey, seq: eventMergeRows.seq, winner: eventMergeRows.winner })
    .from(eventMergeRows)
    .innerJoin(eventMerges, eq(eventMerges.id, eventMergeRows.mergeId))
    .where(and(eq(eventMerges.kind, 'merge'), eq(eventMerges.state, 'active')))
    .all();
  const winners = new Map(rows.filter((row) => row.winner).map((row) => [row.mergeId, { report: row.report, seq: row.seq }]));
  const merged = new Map<number, { report: string; seq: number }>();
  for (const row of rows) {
    const winner = winners.get(row.mergeId);
    if (!row.winner && row.eventId !== null && winner) merged.set(row.eventId, winner);
  }
  return merged;
}

interface RowInfo {
  id: number;
  seq: number;
  periodKey: string;
  title: string;
  startDate: string | null;
  endDate: string | null;
}

function loadRows(tx: Tx, ids: number[]): RowInfo[] {
  const rows = tx
    .select({ id: events.id, seq: events.seq, periodKey: reports.periodKey, title: events.title, startDate: events.startDate, endDate: events.endDate })
    .from(events)
    .innerJoin(reports, eq(reports.id, events.reportId))
    .where(inArray(events.id, ids))
    .all();
  const missing = ids.find((id) => !rows.some((row) => row.id === id));
  if (missing !== undefined) throw new CorrectionError('not_found', `no event ${missing}`);
  // Rows in the order given, each keyed by its parsed title and dates (a correction may have changed them).
  return ids.map((id) => withParsedKey(tx, rows.find((row) => row.id === id) as RowInfo));
}

function withParsedKey(tx: Tx, row: RowInfo): RowInfo {
  const parsed = tx
    .select({ field: corrections.field, value: corrections.parsedValue })
    .from(corrections)
    .where(and(eq(corrections.eventId, row.id), eq(corrections.state, 'active'), inArray(corrections.field, ['title', 'startDate', 'endDate'])))
    .all();
  const of = (field: string) => parsed.find((item) => item.field === field);
  return {
    ...row,
    title: (of('title')?.value as string | undefined) ?? row.title,
    startDate: of('startDate') ? (of('startDate')?.value as string | null) : row.startDate,
    endDate: of('endDate') ? (of('endDate')?.value as string | null) : row.endDate,
  };
}

/** A row takes part in one live merge at a time, and a pair in one live unlink. */
function refuseTaken(tx: Tx, ids: number[], kind: EventMerge['kind']): void {
  if (kind === 'unlink') {
    if (findDecision(tx, 'unlink', ids)) throw new CorrectionError('wrong_state', 'these rows are already unlinked');
    return;
  }
  const taken = tx
    .select({ eventId: eventMergeRows.eventId })
    .from(eventMergeRows)
    .innerJoin(eventMerges, eq(eventMerges.id, eventMergeRows.mergeId))
    .where(and(eq(eventMerges.kind, 'merge'), inArray(eventMerges.state, ['active', 'orphaned']), inArray(eventMergeRows.eventId, ids)))
    .get();
  if (taken) throw new CorrectionError('wrong_state', `event ${taken.eventId} is already merged; undo that merge first`);
}

function insertRows(tx: Tx, mergeId: number, rows: RowInfo[], winnerId: number | null): void {
  tx.insert(eventMergeRows)
    .values(
      rows.map((row, position) => ({
        mergeId,
        position,
        eventId: row.id,
        periodKey: row.periodKey,
        seq: row.seq,
        matchTitle: row.title,
        matchStartDate: row.startDate,
        matchEndDate: row.endDate,
        winner: row.id === winnerId,
      })),
    )
    .run();
}

function pairOf(a: number, b: number) {
  return and(eq(eventMatches.kind, 'same_event'), or(and(eq(eventMatches.eventId, a), eq(eventMatches.otherId, b)), and(eq(eventMatches.eventId, b), eq(eventMatches.otherId, a))));
}

function rowIds(db: Db | Tx, mergeId: number): number[] {
  return db
    .select({ id: eventMergeRows.eventId })
    .from(eventMergeRows)
    .where(eq(eventMergeRows.mergeId, mergeId))
    .orderBy(eventMergeRows.position)
    .all()
    .flatMap((row) => (row.id === null ? [] : [row.id]));
}

function describeRows(tx: Tx, mergeId: number): string {
  const rows = tx.select({ periodKey: eventMergeRows.periodKey, seq: eventMergeRows.seq }).from(eventMergeRows).where(eq(eventMergeRows.mergeId, mergeId)).orderBy(eventMergeRows.position).all();
  return rows.map(rowName).join(', ');
}

function firstRow(tx: Tx, mergeId: number): Pick<RowInfo, 'periodKey'> {
  return tx.select({ periodKey: eventMergeRows.periodKey }).from(eventMergeRows).where(eq(eventMergeRows.mergeId, mergeId)).orderBy(eventMergeRows.position).get() ?? { periodKey: '' };
}

function requireState(tx: Tx, mergeId: number, state: EventMerge['state']): EventMerge {
  const merge = tx.select().from(eventMerges).where(eq(eventMerges.id, mergeId)).get();
  if (!merge) throw new CorrectionError('not_found', `no merge ${mergeId}`);
  if (merge.state !== state) throw new CorrectionError('wrong_state', `merge ${mergeId} is ${merge.state}`);
  return merge;
}

function close(tx: Tx, mergeId: number, state: 'undone' | 'dropped', username: string): EventMerge {
  return tx
    .update(eventMerges)
    .set({ state, closedBy: username, closedAt: sql`(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))` })
    .where(eq(eventMerges.id, mergeId))
    .returning()
    .get() as EventMerge;
}

/** The counted row of each touched row, and the rollups of their quarters, recomputed in the same transaction (as a correction's recount). */
function recount(tx: Tx, ids: number[]): void {
  recomputePrimary(tx, ids);
  refreshRollups(tx, quartersOfEvents(tx, ids));
}

function requireReason(text: string): string {
  const reason = text.trim();
  if (!reason) throw new CorrectionError('no_reason', 'a reason is required');
  if (reason.length > MAX_REASON) throw new CorrectionError('no_reason', `the reason is longer than ${MAX_REASON} characters`);
  return reason;
}

function audit(tx: Tx, username: string, action: 'merge' | 'unlink' | 'undo_merge' | 'drop_merge', row: Pick<RowInfo, 'periodKey'>, detail: string): void {
  tx.insert(auditLog).values({ username, action, periodKey: row.periodKey, detail }).run();
  bumpDataVersion(tx);
}

function rowName(row: Pick<RowInfo, 'periodKey' | 'seq'>): string {
  return `${row.periodKey} #${row.seq}`;
}
