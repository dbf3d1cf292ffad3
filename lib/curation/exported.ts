/**
 * The export's view of corrections: per row, the names of its corrected fields, and with
 * `--parsed` the parser's values put back in place of the corrected ones.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { corrections } from '@/db/schema';
import { isCorrectableField } from './fields';
import { CORRECTABLE_FIELDS, type CorrectableField } from './vocabulary';

export type ActiveCorrections = Map<number, Map<CorrectableField, unknown>>;

/** Active corrections by event id: field → parsed value. */
export function readActiveCorrections(db: Db): ActiveCorrections {
  const byEvent: ActiveCorrections = new Map();
  for (const row of db.select().from(corrections).where(eq(corrections.state, 'active')).all()) {
    if (row.eventId === null || !isCorrectableField(row.field)) continue;
    const fields = byEvent.get(row.eventId) ?? new Map();
    fields.set(row.field, row.parsedValue);
    byEvent.set(row.eventId, fields);
  }
  return byEvent;
}

export function correctedFieldNames(fields: Map<CorrectableField, unknown> | undefined): string[] {
  return fields ? CORRECTABLE_FIELDS.filter((field) => fields.has(field)) : [];
}
