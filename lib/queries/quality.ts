import 'server-only';
import { and, asc, count, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { events, importWarnings, reports } from '@/db/schema';
import type { Filters } from '@/lib/filters/filters';
import { memoised } from './cache';
import type { ListPage } from './duplicates';
import { eventWhere } from './where';
import type { StoredWarningCode } from '@/lib/vocabulary';

export interface WarningRow {
  id: number;
  code: StoredWarningCode;
  message: string;
  location: string | null;
  report: string;
  eventId: number | null;
  seq: number | null;
  title: string | null;
}

/** Import warnings of the filtered events and report-level warnings (no event), in report order; one page of them when asked. */
export const getWarnings = memoised('getWarnings', (db: Db, filters: Filters, page: ListPage = { offset: 0, limit: -1 }): WarningRow[] => {
  return db
    .select({
      id: importWarnings.id,
      code: importWarnings.code,
      message: importWarnings.message,
      location: importWarnings.location,
      report: reports.periodKey,
      eventId: importWarnings.eventId,
      seq: events.seq,
      title: events.title,
    })
    .from(importWarnings)
    .innerJoin(reports, eq(reports.id, importWarnings.reportId))
    .leftJoin(events, eq(events.id, importWarnings.eventId))
    .where(warningScope(filters))
    .orderBy(asc(reports.periodKey), asc(events.seq), asc(importWarnings.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
});

export interface WarningCount {
  code: StoredWarningCode;
  warnings: number;
}

export const getWarningCounts = memoised('getWarningCounts', (db: Db, filters: Filters): WarningCount[] => {
  return db
    .select({ code: importWarnings.code, warnings: count() })
    .from(importWarnings)
    .leftJoin(events, eq(events.id, importWarnings.eventId))
    .where(warningScope(filters))
    .groupBy(importWarnings.code)
    .orderBy(asc(importWarnings.code))
    .all();
});

export interface NotHeldEvent {
  id: number;
  report: string;
  seq: number;
  title: string;
  status: 'postponed' | 'cancelled';
  /** The dates cell as the report wrote it ("перенесено на I квартал 2026 года"). */
  datesText: string;
}

/**
 * Postponed and cancelled rows, which no figure counts: the stored reports' rows in report order,
 * the selected report's only when one is chosen (other filters apply as to every row).
 */
export const getNotHeldEvents = memoised('getNotHeldEvents', (db: Db, filters: Filters): NotHeldEvent[] => {
  return db
    .select({ id: events.id, report: reports.periodKey, seq: events.seq, title: events.title, status: events.status, sourceText: events.sourceText })
    .from(events)
    .innerJoin(reports, eq(reports.id, events.reportId))
    .where(and(eventWhere(filters, { includeNotHeld: true }), ne(events.status, 'held')))
    .orderBy(asc(reports.periodKey), asc(events.seq))
    .all()
    .map(({ sourceText, status, ...row }) => ({ ...row, status: status === 'cancelled' ? 'cancelled' : 'postponed', datesText: sourceText.dates.replace(/\s+/g, ' ').trim() }));
});

/** Warnings of the filtered events (postponed and cancelled ones included), plus report-level ones of the selected report (of every report when none is). */
function warningScope(filters: Filters): SQL | undefined {
  const where = eventWhere(filters, { includeNotHeld: true });
  if (!where) return undefined;
  const ofReport = filters.report
    ? sql`${importWarnings.reportId} = (select ${reports.id} from ${reports} where ${reports.periodKey} = ${filters.report})`
    : undefined;
  return or(where, and(isNull(importWarnings.eventId), ofReport));
}
