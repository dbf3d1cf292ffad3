/**
 * Corrections survive re-imports. When a new version of a stored report replaces its event rows,
 * each correction of that period (active, conflicting or orphaned) looks for its row among the new
 * ones, as the linking across reports matches rows (lib/reconcile/refind.ts: the same seq, title
 * and dates, else the best match by dates and title).
 *
 * Found, and the field's parsed value is what the correction was made over: `active`, applied.
 * Found, but the parser now gives another value: `conflict`, not applied until a curator confirms.
 * Not found: `orphaned`. planReapply is pure, so the import preview lists the same outcome.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { type Correction, corrections, events } from '@/db/schema';
import type { SphereMappings } from '@/lib/ingest/spheres';
import type { ParsedEvent } from '@/lib/ingest/types';
import { findRow } from '@/lib/reconcile/refind';
import { writeEventValue } from './event-values';
import { isCorrectableField, parsedFieldValue, valuesEqual } from './fields';
import { loadSphereMappings } from './sphere-mappings';
import type { CorrectableField, FieldValue } from './vocabulary';

type ReapplyInput = Pick<Correction, 'id' | 'seq' | 'matchTitle' | 'matchStartDate' | 'matchEndDate' | 'field' | 'parsedValue'>;

export interface ReapplyOutcome {
  correctionId: number;
  field: string;
  /** The correction's row in the old version, and its row in the new one (null: orphaned). */
  fromSeq: number;
  toSeq: number | null;
  state: 'active' | 'conflict' | 'orphaned';
  /** The field's value as the new version parses it (null when orphaned). */
  newParsedValue: FieldValue;
}

const PENDING_STATES: Correction['state'][] = ['active', 'conflict', 'orphaned'];

/** `mappings`: the analysts' section mappings, which decide a row's parsed sphere (sphere-mappings.ts). */
export function planReapply(pending: ReapplyInput[], parsed: ParsedEvent[], mappings?: SphereMappings): ReapplyOutcome[] {
  return pending.map((correction) => {
    const row = findRow(correction, parsed);
    const base = { correctionId: correction.id, field: correction.field, fromSeq: correction.seq };
    if (!row || !isCorrectableField(correction.field)) return { ...base, toSeq: null, state: 'orphaned', newParsedValue: null };
    const newParsedValue = parsedFieldValue(row, correction.field, mappings);
    const state = valuesEqual(newParsedValue, correction.parsedValue) ? 'active' : 'conflict';
    return { ...base, toSeq: row.seq, state, newParsedValue };
  });
}

/** The corrections of a period waiting for its rows (read before the new version is stored). */
export function pendingCorrections(db: Db | Tx, periodKey: string): Correction[] {
  return db
    .select()
    .from(corrections)
    .where(and(eq(corrections.periodKey, periodKey), inArray(corrections.state, PENDING_STATES)))
    .orderBy(corrections.id)
    .all();
}

/** Inside saveReport's transaction, after the new rows are inserted: re-finds and re-applies. */
export function reapplyCorrections(tx: Tx, reportId: number, periodKey: string, parsed: ParsedEvent[]): ReapplyOutcome[] {
  const pending = pendingCorrections(tx, periodKey);
  if (pending.length === 0) return [];
  const idBySeq = new Map(tx.select({ id: events.id, seq: events.seq }).from(events).where(eq(events.reportId, reportId)).all().map((row) => [row.seq, row.id]));
  const outcomes = planReapply(pending, parsed, loadSphereMappings(tx));
  for (const outcome of outcomes) {
    const correction = pending.find((item) => item.id === outcome.correctionId) as Correction;
    const eventId = outcome.toSeq === null ? null : (idBySeq.get(outcome.toSeq) ?? null);
    const row = outcome.toSeq === null ? undefined : parsed.find((event) => event.seq === outcome.toSeq);
    const match = row ? { seq: row.seq, matchTitle: row.title, matchStartDate: row.startDate, matchEndDate: row.endDate } : {};
    tx.update(corrections).set({ eventId, state: outcome.state, ...match }).where(eq(corrections.id, correction.id)).run();
    if (eventId !== null && outcome.state === 'active') writeEventValue(tx, eventId, correction.field as CorrectableField, correction.value as FieldValue);
  }
  return outcomes;
}
