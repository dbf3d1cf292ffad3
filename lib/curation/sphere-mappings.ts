/**
 * Section mappings: a section header that matched no known sphere (warning unknown_sphere; its rows
 * filed under a sphere of their own, short label "Лесного хозяйства") mapped by an analyst to an
 * existing sphere, or to a new sphere with its name and short label. Stored in `sphere_mappings`
 * (normalised header → sphere), applied at once — the header's rows move, the header's warnings
 * go, the rollups are recounted — and by every future import (the import layer passes the mappings
 * to lib/ingest/spheres.ts: loadSphereMappings). Rows whose sphere an analyst corrected keep it.
 * Each change is one transaction with its audit entry and a data-version bump; undo moves the rows
 * back under the header's own sphere and restores its warning.
 */
import { and, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import canonical from '@/data/spheres/spheres.json';
import type { Db, Tx } from '@/db/client';
import { auditLog, corrections, events, importWarnings, reports, type SphereMapping, sphereMappings, spheres } from '@/db/schema';
import { resolveSphere, sphereHeaderKey, type SphereMappings, sphereSlugOf } from '@/lib/ingest/spheres';
import { bumpDataVersion } from '@/lib/import/data-version';
import { quarterOfEvent, refreshRollups } from '@/lib/import/refresh-rollups';
import { CorrectionError } from './errors';

const MAPPING_SCHEMA = z.union([
  z.object({ header: z.string().trim().min(1), sphere: z.string().trim().min(1), reason: z.string().trim().min(1).max(1000) }),
  z.object({
    header: z.string().trim().min(1),
    name: z.string().trim().min(3).max(200),
    shortLabel: z.string().trim().min(2).max(40),
    reason: z.string().trim().min(1).max(1000),
  }),
]);

export type MappingInput = z.input<typeof MAPPING_SCHEMA>;

/** The mappings as the import takes them (lib/ingest/spheres.ts). */
export function loadSphereMappings(db: Pick<Db, 'select'>): SphereMappings {
  const rows = db.select().from(sphereMappings).all();
  return new Map(rows.map((row) => [row.headerKey, { slug: row.sphereSlug, name: row.sphereName, shortLabel: row.shortLabel }]));
}

export function listSphereMappings(db: Db): SphereMapping[] {
  return db.select().from(sphereMappings).orderBy(sphereMappings.header).all();
}

/** Section headers of stored rows that match no sphere (nor any mapping), with their row counts. */
/**
 * Section headers that match no sphere and no mapping, with the sphere their rows were filed under
 * and how many rows. Only the reports carrying an unknown_sphere warning (one per report and such
 * header, kept by the import, mapSection and undoSectionMapping) are read: grouping every row by
 * its header took 1.4 s at 1 000 000 events on every first view of /quality.
 */
export function listUnknownHeaders(db: Db): { header: string; slug: string; shortLabel: string; events: number }[] {
  const mappings = loadSphereMappings(db);
  const flagged = db
    .selectDistinct({ reportId: importWarnings.reportId, header: importWarnings.location })
    .from(importWarnings)
    .where(and(eq(importWarnings.code, 'unknown_sphere'), isNull(importWarnings.eventId)))
    .all();
  const headers = [...new Set(flagged.map((warning) => warning.header ?? ''))].filter((header) => !resolveSphere(header, mappings).known);
  if (headers.length === 0) return [];
  return db
    .select({ header: events.sphereHeader, slug: spheres.slug, shortLabel: spheres.shortLabel, events: sql<number>`count(*)` })
    .from(events)
    .innerJoin(spheres, eq(spheres.id, events.sphereId))
    .where(and(inArray(events.reportId, [...new Set(flagged.map((warning) => warning.reportId))]), inArray(events.sphereHeader, headers)))
    .groupBy(events.sphereHeader, spheres.slug)
    .orderBy(events.sphereHeader)
    .all();
}

export function mapSection(db: Db, input: MappingInput, username: string): SphereMapping {
  const parsed = MAPPING_SCHEMA.safeParse(input);
  if (!parsed.success) {
    const reasonMissing = parsed.error.issues.some((issue) => issue.path[0] === 'reason');
    throw new CorrectionError(reasonMissing ? 'no_reason' : 'invalid_value', parsed.error.issues.map((issue) => issue.message).join('; '));
  }
  const request = parsed.data;
  return db.transaction((tx) => {
    const headerKey = sphereHeaderKey(request.header);
    if (tx.select({ id: sphereMappings.id }).from(sphereMappings).where(eq(sphereMappings.headerKey, headerKey)).get()) {
      throw new CorrectionError('unchanged', `"${request.header}" is already mapped`);
    }
    const own = resolveSphere(request.header);
    if (own.known) throw new CorrectionError('invalid_value', `"${request.header}" already matches a known sphere`);
    const target = 'sphere' in request ? existingSphere(tx, request.sphere, own.slug) : newSphere(tx, request.name, request.shortLabel);
    const mapping = tx
      .insert(sphereMappings)
      .values({ headerKey, header: request.header, sphereSlug: target.slug, sphereName: target.name, shortLabel: target.shortLabel, reason: request.reason, username })
      .returning()
      .get();
    const detail = `«${request.header}» → ${target.name} (${target.shortLabel}); ${request.reason}`;
    const periods = moveRows(tx, headerKey, target.id);
    tx.delete(importWarnings).where(inArray(importWarnings.id, unknownSphereWarnings(tx, headerKey))).run();
    removeUnused(tx, own.slug);
    tx.insert(auditLog).values({ username, action: 'map_section', periodKey: periods.join(', '), detail }).run();
    bumpDataVersion(tx);
    return mapping;
  });
}

export function undoSectionMapping(db: Db, mappingId: number, username: string): SphereMapping {
  return db.transaction((tx) => {
    const mapping = tx.delete(sphereMappings).where(eq(sphereMappings.id, mappingId)).returning().get();
    if (!mapping) throw new CorrectionError('not_found', `no section mapping ${mappingId}`);
    const own = resolveSphere(mapping.header, loadSphereMappings(tx));
    const ownId = upsertSphere(tx, own);
    const periods = moveRows(tx, mapping.headerKey, ownId);
    if (!own.known) {
      const message = `section header matches no known sphere: "${mapping.header}"`;
      for (const reportId of reportsWithHeader(tx, mapping.headerKey)) {
        tx.insert(importWarnings).values({ reportId, eventId: null, code: 'unknown_sphere', message, location: mapping.header }).run();
      }
    }
    removeUnused(tx, mapping.sphereSlug);
    tx.insert(auditLog).values({ username, action: 'undo_section_mapping', periodKey: periods.join(', '), detail: `«${mapping.header}» → ${mapping.sphereName}` }).run();
    bumpDataVersion(tx);
    return mapping;
  });
}

interface Target {
  id: number;
  slug: string;
  name: string;
  shortLabel: string;
}

/** A stored sphere, or one of the canonical list no stored row uses yet. */
function existingSphere(tx: Tx, slug: string, ownSlug: string): Target {
  const stored = tx.select().from(spheres).where(eq(spheres.slug, slug)).get();
  const index = canonical.findIndex((sphere) => sphere.slug === slug);
  const listed = canonical[index];
  if (slug === ownSlug || (!stored && !listed)) throw new CorrectionError('invalid_value', `no sphere "${slug}" to map to`);
  if (stored) return stored;
  const ref = { slug, name: listed?.name ?? slug, shortLabel: listed?.short ?? slug, position: index };
  return { ...ref, id: upsertSphere(tx, ref) };
}

/** A new sphere: its slug from its name; a name that is a known sphere's is that sphere. */
function newSphere(tx: Tx, name: string, shortLabel: string): Target {
  const known = resolveSphere(name);
  const slug = known.known ? known.slug : sphereSlugOf(name);
  const stored = tx.select().from(spheres).where(eq(spheres.slug, slug)).get();
  if (stored && known.known) throw new CorrectionError('invalid_value', `"${name}" is the existing sphere "${stored.name}": choose it instead`);
  const ref = { slug, name, shortLabel, position: canonical.length };
  const id = upsertSphere(tx, ref);
  tx.update(spheres).set({ name, shortLabel }).where(eq(spheres.id, id)).run();
  return { id, slug, name, shortLabel };
}

function upsertSphere(tx: Tx, sphere: { slug: string; name: string; shortLabel: string; position: number }): number {
  return tx
    .insert(spheres)
    .values({ slug: sphere.slug, name: sphere.name, shortLabel: sphere.shortLabel, position: sphere.position })
    .onConflictDoUpdate({ target: spheres.slug, set: { slug: sql`excluded.slug` } })
    .returning({ id: spheres.id })
    .get().id;
}

/** Moves the header's rows (but those with an active sphere correction) and recounts; returns their reports' periods. */
function moveRows(tx: Tx, headerKey: string, sphereId: number): string[] {
  const corrected = tx
    .select({ eventId: corrections.eventId })
    .from(corrections)
    .where(and(eq(corrections.field, 'sphere'), eq(corrections.state, 'active')))
    .all()
    .flatMap((row) => (row.eventId === null ? [] : [row.eventId]));
  const rows = rowsWithHeader(tx, headerKey).filter((row) => !corrected.includes(row.id));
  const quarters = rows.map((row) => quarterOfEvent(tx, row.id));
  if (rows.length > 0) tx.update(events).set({ sphereId }).where(inArray(events.id, rows.map((row) => row.id))).run();
  refreshRollups(tx, quarters);
  return [...new Set(rows.map((row) => row.periodKey))].sort();
}

function rowsWithHeader(tx: Tx, headerKey: string): { id: number; reportId: number; periodKey: string }[] {
  return tx
    .select({ id: events.id, reportId: events.reportId, periodKey: reports.periodKey, header: events.sphereHeader })
    .from(events)
    .innerJoin(reports, eq(reports.id, events.reportId))
    .all()
    .filter((row) => sphereHeaderKey(row.header) === headerKey);
}

function reportsWithHeader(tx: Tx, headerKey: string): number[] {
  return [...new Set(rowsWithHeader(tx, headerKey).map((row) => row.reportId))];
}

function unknownSphereWarnings(tx: Tx, headerKey: string): number[] {
  return tx
    .select({ id: importWarnings.id, location: importWarnings.location })
    .from(importWarnings)
    .where(and(eq(importWarnings.code, 'unknown_sphere'), isNull(importWarnings.eventId)))
    .all()
    .filter((warning) => sphereHeaderKey(warning.location ?? '') === headerKey)
    .map((warning) => warning.id);
}

/** A sphere no row is filed under any more, and not a canonical one, goes (the spheres page lists stored spheres). */
function removeUnused(tx: Tx, slug: string): void {
  if (canonical.some((sphere) => sphere.slug === slug)) return;
  const used = tx.select({ id: events.id }).from(events).innerJoin(spheres, eq(spheres.id, events.sphereId)).where(eq(spheres.slug, slug)).limit(1).get();
  const mapped = tx.select({ id: sphereMappings.id }).from(sphereMappings).where(eq(sphereMappings.sphereSlug, slug)).limit(1).get();
  if (!used && !mapped) tx.delete(spheres).where(and(eq(spheres.slug, slug), notInArray(spheres.slug, canonical.map((sphere) => sphere.slug)))).run();
}
