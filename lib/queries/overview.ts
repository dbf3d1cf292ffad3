import 'server-only';
import { and, asc, count, countDistinct, eq, isNotNull, sql } from 'drizzle-orm';
import type { RowAccount } from '@/lib/ingest/types';
import type { Db } from '@/db/client';
import { eventCountries, events, reports, spheres } from '@/db/schema';
import type { Filters } from '@/lib/filters/filters';
import { compareReportPeriods, sortReportPeriods } from '@/lib/periods';
import { memoised } from './cache';
import { rollupKeyFigures, rollupQuarterTrend, rollupReportPeriods } from './rollups/figures';
import { rollupScope } from './rollups/scope';
import { eventWhere } from './where';

export interface KeyFigures {
  events: number;
  partnerCountries: number;
  smeParticipations: number;
  eventsWithSme: number;
  foreignParticipants: number;
  eventsWithForeignCount: number;
  /** Foreign participants of events the region hosted or received (direction not outbound). */
  foreignInRegion: number;
  eventsWithForeignInRegion: number;
  /** Foreign participants of events elsewhere the region's people travelled to (outbound). */
  foreignElsewhere: number;
  eventsWithForeignElsewhere: number;
  documentsSigned: number;
  abroad: number;
  inRegion: number;
  remote: number;
}

const abroadSql = sql<number>`exists (select 1 from ${eventCountries} where ${eventCountries.eventId} = ${events.id} and ${eventCountries.role} = 'venue')`;

export const getKeyFigures = memoised('getKeyFigures', (db: Db, filters: Filters): KeyFigures => {
  const scope = rollupScope(filters);
  if (scope) return rollupKeyFigures(db, scope);
  const where = eventWhere(filters);
  const row = db
    .select({
      events: count(),
      smeParticipations: sql<number>`coalesce(sum(${events.smeCount}), 0)`,
      eventsWithSme: sql<number>`coalesce(sum(${events.smeCount} > 0), 0)`,
      foreignParticipants: sql<number>`coalesce(sum(${events.foreignParticipants}), 0)`,
      eventsWithForeignCount: count(events.foreignParticipants),
      foreignInRegion: sql<number>`coalesce(sum(case when ${events.direction} <> 'outbound' then ${events.foreignParticipants} end), 0)`,
      eventsWithForeignInRegion: sql<number>`count(case when ${events.direction} <> 'outbound' then ${events.foreignParticipants} end)`,
      foreignElsewhere: sql<number>`coalesce(sum(case when ${events.direction} = 'outbound' then ${events.foreignParticipants} end), 0)`,
      eventsWithForeignElsewhere: sql<number>`count(case when ${events.direction} = 'outbound' then ${events.foreignParticipants} end)`,
      documentsSigned: sql<number>`coalesce(sum(${events.agreementSigned}), 0)`,
      abroad: sql<number>`coalesce(sum(${abroadSql}), 0)`,
      inRegion: sql<number>`coalesce(sum(${events.direction} <> 'outbound'), 0)`,
      remote: sql<number>`coalesce(sum(${events.format} = 'remote'), 0)`,
    })
    .from(events)
    .where(where)
    .get();
  const partners = db
    .select({ n: countDistinct(eventCountries.countryCode) })
    .from(eventCountries)
    .innerJoin(events, eq(events.id, eventCountries.eventId))
    .where(where)
    .get();
  return { ...(row as Omit<KeyFigures, 'partnerCountries'>), partnerCountries: partners?.n ?? 0 };
});

export interface QuarterSphereCount {
  quarterKey: string;
  sphereSlug: string;
  events: number;
}

/** Events per quarter (of the start date) and sphere: the trend chart. */
export const getQuarterTrend = memoised('getQuarterTrend', (db: Db, filters: Filters): QuarterSphereCount[] => {
  const scope = rollupScope(filters);
  if (scope) return rollupQuarterTrend(db, scope);
  return db
    .select({ quarterKey: sql<string>`${events.quarterKey}`, sphereSlug: spheres.slug, events: count() })
    .from(events)
    .innerJoin(spheres, eq(spheres.id, events.sphereId))
    .where(and(eventWhere(filters), isNotNull(events.quarterKey)))
    .groupBy(events.quarterKey, spheres.slug)
    .orderBy(asc(events.quarterKey), asc(spheres.position))
    .all();
});

export interface StoredReport {
  id: number;
  periodKey: string;
  year: number;
  quarter: number;
  title: string;
  sourceFile: string;
  importedAt: string;
  summary: string | null;
  events: number;
  /** What became of every table row; null for reports stored before rows were accounted for. */
  rowAccount: RowAccount | null;
}

/**
 * A count per report through events_report_seq, not a join of every event grouped by report. The
 * outer id is qualified by hand: drizzle leaves columns of a one-table select unqualified.
 */
const eventsOfReport = sql<number>`(select count(*) from ${events} where ${events.reportId} = ${reports}.${sql.identifier(reports.id.name)})`;

export const getReports = memoised('getReports', (db: Db): StoredReport[] => {
  return db
    .select({
      id: reports.id,
      periodKey: reports.periodKey,
      year: reports.year,
      quarter: reports.quarter,
      title: reports.title,
      sourceFile: reports.sourceFile,
      importedAt: reports.importedAt,
      summary: reports.summary,
      events: eventsOfReport,
      rowAccount: reports.rowAccount,
    })
    .from(reports)
    .all()
    .sort((a, b) => compareReportPeriods(a.periodKey, b.periodKey));
});

/** Period keys of the reports whose events a figure under `filters` counts: its source line and file name. */
export const getReportPeriods = memoised('getReportPeriods', (db: Db, filters: Filters): string[] => {
  const scope = rollupScope(filters, { smeFlag: true });
  if (scope) return sortReportPeriods(rollupReportPeriods(db, scope));
  const rows = db.selectDistinct({ periodKey: reports.periodKey }).from(events).innerJoin(reports, eq(reports.id, events.reportId)).where(eventWhere(filters)).all();
  return sortReportPeriods(rows.map((row) => row.periodKey));
});
