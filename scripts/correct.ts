/**
 * npm run correct -- --report 2025-Q4 --seq 59 --field foreignParticipants --value 8 --reason "…" [--user NAME]
 * npm run correct -- --report 2025-Q4 --seq 59 --field foreignParticipants --undo [--user NAME]
 * Corrects one field of a stored event row, or undoes its active correction, with the same rules
 * and audit as the event page (lib/curation/correct.ts). The user defaults to "command line".
 */
import { parseArgs } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { openDb } from '@/db/client';
import { corrections, events, reports } from '@/db/schema';
import { correctEvent, undoCorrection } from '@/lib/curation/correct';
import { CorrectionError } from '@/lib/curation/errors';
import { env } from '@/lib/env';

const USAGE = 'usage: npm run correct -- --report PERIOD --seq N --field NAME (--value V --reason TEXT | --undo) [--user NAME]';

function main(): number {
  const { values } = parseArgs({
    options: {
      report: { type: 'string' },
      seq: { type: 'string' },
      field: { type: 'string' },
      value: { type: 'string' },
      reason: { type: 'string' },
      undo: { type: 'boolean', default: false },
      user: { type: 'string', default: 'command line' },
    },
  });
  const seq = Number(values.seq);
  const valid = values.report && Number.isInteger(seq) && values.field && (values.undo ? values.value === undefined : values.value !== undefined);
  if (!valid || !values.report || !values.field) {
    console.error(USAGE);
    return 2;
  }
  const db = openDb(env.databasePath);
  try {
    const event = db
      .select({ id: events.id })
      .from(events)
      .innerJoin(reports, eq(reports.id, events.reportId))
      .where(and(eq(reports.periodKey, values.report), eq(events.seq, seq)))
      .get();
    if (!event) throw new CorrectionError('not_found', `no row ${seq} in report ${values.report}`);
    if (values.undo) {
      const active = db
        .select({ id: corrections.id })
        .from(corrections)
        .where(and(eq(corrections.eventId, event.id), eq(corrections.field, values.field), eq(corrections.state, 'active')))
        .get();
      if (!active) throw new CorrectionError('wrong_state', `row ${seq} of ${values.report} has no active correction of ${values.field}`);
      const undone = undoCorrection(db, active.id, values.user);
      console.log(`undone: ${values.report} #${seq} ${undone.field} is ${JSON.stringify(undone.parsedValue)} again`);
    } else {
      const correction = correctEvent(db, { eventId: event.id, field: values.field, value: values.value, reason: values.reason ?? '', username: values.user });
      console.log(`corrected: ${values.report} #${seq} ${correction.field}: ${JSON.stringify(correction.parsedValue)} → ${JSON.stringify(correction.value)}`);
    }
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
