import 'server-only';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type Correction, corrections, spheres } from '@/db/schema';
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

/** Every sphere a row can be moved to: slug and full name, in the canonical order. */
export const getSphereChoices = memoised('getSphereChoices', (db: Db): { slug: string; name: string }[] =>
  db.select({ slug: spheres.slug, name: spheres.name }).from(spheres).orderBy(asc(spheres.position)).all(),
);
