import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type Correction, corrections, events, spheres } from '@/db/schema';
import { memoised } from './cache';

/** Every correction of an event row, newest first (the event page's history). */
export const getEventCorrections = memoised('getEventCorrections', (db: Db, eventId: number): Correction[] =>
  db.select().from(corrections).where(eq(corrections.eventId, eventId)).orderBy(desc(corrections.id)).all(),
);

/** Corrections a new version of their report left for a curator: no row found, or a changed parsed value. */
export const getPendingCorrections = memoised('getPendingCorrections', (db: Db): Correction[] =>
  db
    .select()
    .from(corrections)
    .where(inArray(corrections.state, ['orphaned', 'conflict']))
    .orderBy(asc(corrections.periodKey), asc(corrections.seq), asc(corrections.id))
    .all(),
);

export interface ExcludedEvent {
  correctionId: number;
  eventId: number;
  periodKey: string;
  seq: number;
  title: string;
  reason: string;
  username: string;
  at: string;
}

/** Rows an analyst excluded from every count, with the reason. */
export const getExcludedEvents = memoised('getExcludedEvents', (db: Db): ExcludedEvent[] =>
  db
    .select({
      correctionId: corrections.id,
      eventId: events.id,
      periodKey: corrections.periodKey,
      seq: events.seq,
      title: events.title,
      reason: corrections.reason,
      username: corrections.username,
      at: corrections.at,
    })
    .from(corrections)
    .innerJoin(events, eq(events.id, corrections.eventId))
    .where(and(eq(corrections.field, 'excluded'), eq(corrections.state, 'active'), eq(events.excluded, true)))
    .orderBy(asc(corrections.periodKey), asc(events.seq))
    .all(),
);

/** Every sphere a row can be moved to: slug and full name, in the canonical order. */
export const getSphereChoices = memoised('getSphereChoices', (db: Db): { slug: string; name: string }[] =>
  db.select({ slug: spheres.slug, name: spheres.name }).from(spheres).orderBy(asc(spheres.position)).all(),
);
