/**
 * An analyst's corrections, each in one transaction with its audit entry and a data-version bump
 * (so cached figures refresh): correct a field (required reason), undo it (the parsed value goes
 * back), and, for corrections a new version of the report left behind, confirm (apply over the
 * new parsed value) or drop. Used by the event page's routes and by `npm run correct`.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { auditLog, type Correction, corrections, events, reports } from '@/db/schema';
import { bumpDataVersion } from '@/lib/import/data-version';
import { quarterOfEvent, refreshRollups } from '@/lib/import/refresh-rollups';
import { CorrectionError } from './errors';
import { readEventValue, writeEventValue } from './event-values';
import { FIELD_SCHEMAS, isCorrectableField, valuesEqual } from './fields';
import type { CorrectableField, FieldValue } from './vocabulary';

export interface CorrectionRequest {
  eventId: number;
  field: string;
  /** The new value, typed or as text (a form field, a command-line argument). */
  value: unknown;
  reason: string;
  username: string;
}

const MAX_REASON = 1000;

export function correctEvent(db: Db, request: CorrectionRequest): Correction {
  const { field } = request;
  if (!isCorrectableField(field)) throw new CorrectionError('invalid_field', `"${field}" cannot be corrected`);
  const parsed = FIELD_SCHEMAS[field].safeParse(request.value);
  if (!parsed.success) throw new CorrectionError('invalid_value', `${field}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  const reason = request.reason.trim();
  if (!reason) throw new CorrectionError('no_reason', 'a reason is required');
  if (reason.length > MAX_REASON) throw new CorrectionError('no_reason', `the reason is longer than ${MAX_REASON} characters`);
  return db.transaction((tx) => {
    const event = tx
      .select({ id: events.id, seq: events.seq, title: events.title, startDate: events.startDate, endDate: events.endDate, periodKey: reports.periodKey })
      .from(events)
      .innerJoin(reports, eq(reports.id, events.reportId))
      .where(eq(events.id, request.eventId))
      .get();
    if (!event) throw new CorrectionError('not_found', `no event ${request.eventId}`);
    const current = readEventValue(tx, event.id, field);
    if (valuesEqual(current, parsed.data)) throw new CorrectionError('unchanged', `${field} is already ${JSON.stringify(current)}`);
    const active = activeCorrections(tx, event.id);
    const previous = active.find((correction) => correction.field === field);
    const parsedOf = (name: string, value: unknown) => active.find((correction) => correction.field === name)?.parsedValue ?? value;
    if (previous) closeCorrection(tx, previous.id, 'superseded', request.username);
    writeAndRecount(tx, event.id, field, parsed.data);
    const correction = tx
      .insert(corrections)
      .values({
        eventId: event.id,
        periodKey: event.periodKey,
        seq: event.seq,
        matchTitle: parsedOf('title', event.title) as string,
        matchStartDate: parsedOf('startDate', event.startDate) as string | null,
        matchEndDate: parsedOf('endDate', event.endDate) as string | null,
        field,
        parsedValue: previous ? previous.parsedValue : current,
        value: parsed.data,
        reason,
        username: request.username,
        state: 'active',
      })
      .returning()
      .get();
    audit(tx, request.username, 'correct', correction, `${describe(correction)}: ${show(current)} → ${show(parsed.data)}; ${reason}`);
    return correction;
  });
}

/** Undo an active correction: the parser's value goes back on the row. */
export function undoCorrection(db: Db, correctionId: number, username: string): Correction {
  return db.transaction((tx) => {
    const correction = requireState(tx, correctionId, ['active']);
    if (correction.eventId !== null) writeAndRecount(tx, correction.eventId, correction.field as never, correction.parsedValue as FieldValue);
    const closed = closeCorrection(tx, correction.id, 'undone', username);
    audit(tx, username, 'undo_correction', correction, `${describe(correction)}: ${show(correction.value)} → ${show(correction.parsedValue)}`);
    return closed;
  });
}

/** A conflict (the parsed value changed underneath) applied anyway, over the new parsed value. */
export function confirmCorrection(db: Db, correctionId: number, username: string): Correction {
  return db.transaction((tx) => {
    const correction = requireState(tx, correctionId, ['conflict']);
    const eventId = correction.eventId;
    if (eventId === null) throw new CorrectionError('wrong_state', 'the correction has no event to apply to');
    const field = correction.field as never;
    const parsedValue = readEventValue(tx, eventId, field);
    writeAndRecount(tx, eventId, field, correction.value as FieldValue);
    const confirmed = tx.update(corrections).set({ state: 'active', parsedValue }).where(eq(corrections.id, correction.id)).returning().get();
    audit(tx, username, 'confirm_correction', correction, `${describe(correction)}: ${show(parsedValue)} → ${show(correction.value)}`);
    return confirmed;
  });
}

/** An orphaned or conflicting correction let go: the row keeps the parsed value. */
export function dropCorrection(db: Db, correctionId: number, username: string): Correction {
  return db.transaction((tx) => {
    const correction = requireState(tx, correctionId, ['orphaned', 'conflict']);
    const dropped = closeCorrection(tx, correction.id, 'dropped', username);
    audit(tx, username, 'drop_correction', correction, describe(correction));
    return dropped;
  });
}

function activeCorrections(tx: Tx, eventId: number): Correction[] {
  return tx
    .select()
    .from(corrections)
    .where(and(eq(corrections.eventId, eventId), eq(corrections.state, 'active')))
    .all();
}

function requireState(tx: Tx, correctionId: number, states: Correction['state'][]): Correction {
  const correction = tx.select().from(corrections).where(eq(corrections.id, correctionId)).get();
  if (!correction) throw new CorrectionError('not_found', `no correction ${correctionId}`);
  if (!states.includes(correction.state)) throw new CorrectionError('wrong_state', `correction ${correctionId} is ${correction.state}`);
  return correction;
}

function closeCorrection(tx: Tx, id: number, state: 'undone' | 'superseded' | 'dropped', username: string): Correction {
  return tx
    .update(corrections)
    .set({ state, closedBy: username, closedAt: sql`(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))` })
    .where(and(eq(corrections.id, id), inArray(corrections.state, ['active', 'orphaned', 'conflict'])))
    .returning()
    .get() as Correction;
}

/**
 * Writes a corrected (or restored) value and recounts the rollups of the event's quarter before and
 * after the write (a start date may move it), in the same transaction: no figure reads stale counts.
 */
function writeAndRecount(tx: Tx, eventId: number, field: CorrectableField, value: FieldValue): void {
  const before = quarterOfEvent(tx, eventId);
  writeEventValue(tx, eventId, field, value);
  refreshRollups(tx, [before, quarterOfEvent(tx, eventId)]);
}

function audit(tx: Tx, username: string, action: 'correct' | 'undo_correction' | 'confirm_correction' | 'drop_correction', correction: Correction, detail: string): void {
  tx.insert(auditLog).values({ username, action, periodKey: correction.periodKey, detail }).run();
  bumpDataVersion(tx);
}

function describe(correction: Correction): string {
  return `#${correction.seq} ${correction.field}`;
}

function show(value: unknown): string {
  return JSON.stringify(value ?? null);
}
