import 'server-only';
import { asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { events, spheres } from '@/db/schema';
import type { Filters } from '@/lib/filters/filters';
import { memoised } from './cache';
import { rollupEventsBySphere } from './rollups/figures';
import { rollupScope } from './rollups/scope';
import { eventWhere } from './where';

export interface SphereCount {
  slug: string;
  name: string;
  shortLabel: string;
  events: number;
  smeParticipations: number;
  eventsWithSme: number;
}

export const getEventsBySphere = memoised('getEventsBySphere', (db: Db, filters: Filters): SphereCount[] => {
  const scope = rollupScope(filters);
  if (scope) return rollupEventsBySphere(db, scope);
  return db
    .select({
      slug: spheres.slug,
      name: spheres.name,
      shortLabel: spheres.shortLabel,
      events: count(),
      smeParticipations: sql<number>`coalesce(sum(${events.smeCount}), 0)`,
      eventsWithSme: sql<number>`coalesce(sum(${events.smeCount} > 0), 0)`,
    })
    .from(events)
    .innerJoin(spheres, eq(spheres.id, events.sphereId))
    .where(eventWhere(filters))
    .groupBy(spheres.id)
    .orderBy(asc(spheres.position), asc(spheres.name))
    .all();
});

export interface SphereRow {
  slug: string;
  name: string;
  shortLabel: string;
}

/** Every stored sphere in canonical order: legends and colours stay stable across pages. */
export const getSpheres = memoised('getSpheres', (db: Db): SphereRow[] => {
  return db
    .select({ slug: spheres.slug, name: spheres.name, shortLabel: spheres.shortLabel })
    .from(spheres)
    .orderBy(asc(spheres.position), asc(spheres.name))
    .all();
});

export function getSphereBySlug(db: Db, slug: string): SphereRow | undefined {
  return getSpheres(db).find((sphere) => sphere.slug === slug);
}
