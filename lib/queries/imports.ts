import 'server-only';
import { asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditLog, eventCountries, eventPlaces, events, places, reports, type AuditEntry } from '@/db/schema';
import { pendingCorrections } from '@/lib/curation/reapply';
import type { ComparableEvent, StoredReportInfo } from '@/lib/import/preview';
import { pendingDecisions } from '@/lib/reconcile/manual';

export interface ImportedReport {
  periodKey: string;
  year: number;
  quarter: number;
  sourceFile: string;
  importedAt: string;
  importedBy: string | null;
  events: number;
}

/** Stored reports for the import page, newest period first. */
export function getImportedReports(db: Db): ImportedReport[] {
  return db
    .select({
      periodKey: reports.periodKey,
      year: reports.year,
      quarter: reports.quarter,
      sourceFile: reports.sourceFile,
      importedAt: reports.importedAt,
      importedBy: reports.importedBy,
      events: count(events.id),
    })
    .from(reports)
    .leftJoin(events, eq(events.reportId, reports.id))
    .groupBy(reports.id)
    .orderBy(desc(reports.periodKey))
    .all();
}

export function getAuditLog(db: Db, limit = 100): AuditEntry[] {
  return db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit).all();
}

/** The stored report of a period with its events in comparable form, for the import preview. */
export function getStoredReportInfo(db: Db, periodKey: string): StoredReportInfo | null {
  const report = db.select().from(reports).where(eq(reports.periodKey, periodKey)).get();
  if (!report) return null;
  const rows = db.select().from(events).where(eq(events.reportId, report.id)).orderBy(asc(events.seq)).all();
  const ids = rows.map((row) => row.id);
  const placeNames = groupBy(
    db.select({ id: eventPlaces.eventId, value: places.name }).from(eventPlaces).innerJoin(places, eq(places.id, eventPlaces.placeId)).where(inArray(eventPlaces.eventId, ids)).orderBy(asc(eventPlaces.position)).all(),
  );
  const countryCodes = groupBy(
    db.select({ id: eventCountries.eventId, value: eventCountries.countryCode }).from(eventCountries).where(inArray(eventCountries.eventId, ids)).orderBy(asc(eventCountries.countryCode)).all(),
  );
  const comparable = rows.map(
    (row): ComparableEvent => ({
      seq: row.seq,
      title: row.title,
      sphere: row.sphereHeader,
      startDate: row.startDate,
      endDate: row.endDate,
      places: placeNames.get(row.id) ?? [],
      countries: countryCodes.get(row.id) ?? [],
      smeCount: row.smeCount,
      participantsTotal: row.participantsTotal,
      foreignParticipants: row.foreignParticipants,
      audience: row.audience,
      delegationSize: row.delegationSize,
      status: row.status,
      format: row.format,
      direction: row.direction,
      kind: row.kind,
      agreementSigned: row.agreementSigned,
      remote: row.remote,
      goal: row.sourceText.goal,
      participants: row.sourceText.participants,
    }),
  );
  const pending = pendingCorrections(db, periodKey);
  return { sourceFile: report.sourceFile, importedAt: report.importedAt, importedBy: report.importedBy, contentHash: report.contentHash, events: comparable, corrections: pending, decisions: pendingDecisions(db, periodKey) };
}

function groupBy(rows: { id: number; value: string }[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const { id, value } of rows) map.set(id, [...(map.get(id) ?? []), value]);
  return map;
}
