/**
 * npm run correct -- --report 2025-Q4 --seq 59 --field foreignParticipants --value 8 --reason "…" [--user NAME]
 * npm run correct -- --report 2025-Q4 --seq 59 --field foreignParticipants --undo [--user NAME]
 * npm run correct -- --merge 2025-Q4:10,2025-Q4:42 --winner 2025-Q4:10 --reason "…" [--user NAME]
 * npm run correct -- --unlink 2025-Q3:1,2025-Q4:1 --reason "…" [--user NAME]
 * npm run correct -- (--merge|--unlink) ROWS --undo [--user NAME]
 * Corrects one field of a stored event row, or undoes its active correction; or marks rows as one
 * event (the winner counts), or two linked rows as two events, or takes that back — with the same
 * rules and audit as the event page (lib/curation/correct.ts, merges.ts). Rows are PERIOD:ROW.
 * The user defaults to "command line".
 */
import { parseArgs } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { openDb } from '@/db/client';
import { corrections, events, reports } from '@/db/schema';
import { correctEvent, undoCorrection } from '@/lib/curation/correct';
import { dropMerge, findDecision, mergeEvents, resolveRowRef, undoMerge, unlinkEvents } from '@/lib/curation/merges';
import { CorrectionError } from '@/lib/curation/errors';
import { env } from '@/lib/env';

const USAGE = [
  'usage: npm run correct -- --report PERIOD --seq N --field NAME (--value V --reason TEXT | --undo) [--user NAME]',
  '       npm run correct -- --merge PERIOD:ROW,PERIOD:ROW[,…] (--winner PERIOD:ROW --reason TEXT | --undo) [--user NAME]',
  '       npm run correct -- --unlink PERIOD:ROW,PERIOD:ROW (--reason TEXT | --undo) [--user NAME]',
].join('\n');

type Db = ReturnType<typeof openDb>;

/** --merge / --unlink: a decision about which rows are one event, or its undo. */
function decide(db: Db, kind: 'merge' | 'unlink', list: string, values: { winner?: string; reason?: string; undo: boolean; user: string }): void {
  const refs = list.split(',').filter((ref) => ref.trim() !== '');
  const ids = refs.map((ref) => resolveRowRef(db, ref));
  const rows = refs.map((ref) => ref.trim()).join(', ');
  if (values.undo) {
    const decision = findDecision(db, kind, ids);
    if (!decision) throw new CorrectionError('wrong_state', `no ${kind} of exactly ${rows}`);
    const closed = decision.state === 'orphaned' ? dropMerge(db, decision.id, values.user) : undoMerge(db, decision.id, values.user);
    console.log(`${closed.state}: ${kind} of ${rows}`);
    return;
  }
  const reason = values.reason ?? '';
  if (kind === 'merge') {
    mergeEvents(db, { eventIds: ids, winnerId: resolveRowRef(db, values.winner ?? ''), reason, username: values.user });
    console.log(`merged: ${rows}; ${values.winner?.trim()} counts`);
  } else {
    unlinkEvents(db, { eventIds: ids, reason, username: values.user });
    console.log(`unlinked: ${rows}`);
  }
}

function main(): number {
  const { values } = parseArgs({
    options: {
      report: { type: 'string' },
      seq: { type: 'string' },
      field: { type: 'string' },
      value: { type: 'string' },
      reason: { type: 'string' },
      undo: { type: 'boolean', default: false },
      merge: { type: 'string' },
      unlink: { type: 'string' },
      winner: { type: 'string' },
      user: { type: 'string', default: 'command line' },
    },
  });
  const decision = values.merge ?? values.unlink;
  if (decision !== undefined) {
    const kind = values.merge !== undefined ? 'merge' : 'unlink';
    const valid = (values.merge === undefined || values.unlink === undefined) && values.report === undefined && values.field === undefined && (values.undo || values.reason !== undefined) && (kind === 'unlink' || values.undo || values.winner !== undefined);
    if (!valid) {
      console.error(USAGE);
      return 2;
    }
    return withDb((db) => decide(db, kind, decision, values));
  }
  const seq = Number(values.seq);
  const valid = values.report && Number.isInteger(seq) && values.field && (values.undo ? values.value === undefined : values.value !== undefined);
  if (!valid || !values.report || !values.field) {
    console.error(USAGE);
    return 2;
  }
  const { report, field } = values;
  return withDb((db) => {
    const event = db
      .select({ id: events.id })
      .from(events)
      .innerJoin(reports, eq(reports.id, events.reportId))
      .where(and(eq(reports.periodKey, report), eq(events.seq, seq)))
      .get();
    if (!event) throw new CorrectionError('not_found', `no row ${seq} in report ${report}`);
    if (values.undo) {
      const active = db
        .select({ id: corrections.id })
        .from(corrections)
        .where(and(eq(corrections.eventId, event.id), eq(corrections.field, field), eq(corrections.state, 'active')))
        .get();
      if (!active) throw new CorrectionError('wrong_state', `row ${seq} of ${report} has no active correction of ${field}`);
      const undone = undoCorrection(db, active.id, values.user);
      console.log(`undone: ${report} #${seq} ${undone.field} is ${JSON.stringify(undone.parsedValue)} again`);
    } else {
      const correction = correctEvent(db, { eventId: event.id, field, value: values.value, reason: values.reason ?? '', username: values.user });
      console.log(`corrected: ${report} #${seq} ${correction.field}: ${JSON.stringify(correction.parsedValue)} → ${JSON.stringify(correction.value)}`);
    }
  });
}

/** Runs one change against the database: 0 when done, 1 with `error: …` when refused. */
function withDb(change: (db: Db) => void): number {
  const db = openDb(env.databasePath);
  try {
    change(db);
    return 0;
  } catch (error) {
    if (!(error instanceof CorrectionError)) throw error;
    console.error(`error: ${error.message}`);
    return 1;
  } finally {
    db.$client.close();
  }
}

process.exit(main());
