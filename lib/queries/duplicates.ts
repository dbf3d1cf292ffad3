import 'server-only';
import { and, asc, count, eq, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '@/db/client';
import { eventMatches, events, reports } from '@/db/schema';
import { memoised } from './cache';
import { type EventHead, eventHeadColumns } from './event-head';

export interface EventRef extends EventHead {
  sphereHeader: string;
}

export interface LookAlikePair {
  a: EventRef;
  b: EventRef;
  score: number;
  reason: string;
}

const other = alias(events, 'other');
const otherReport = alias(reports, 'other_report');

const refOf = (table: typeof events | typeof other, report: typeof reports | typeof otherReport) => ({ ...eventHeadColumns(table, report), sphereHeader: table.sphereHeader });

/** One page of a long list: rows offset … offset + limit - 1. */
export interface ListPage {
  offset: number;
  limit: number;
}

const lookAlike = and(eq(eventMatches.kind, 'possible_duplicate'), lt(eventMatches.eventId, eventMatches.otherId));

/** Rows of one report that look like the same event (never merged): the data-quality page, a page at a time. */
export const getPossibleDuplicates = memoised('getPossibleDuplicates', (db: Db, page: ListPage = { offset: 0, limit: -1 }): LookAlikePair[] => {
  return db
    .select({ a: refOf(events, reports), b: refOf(other, otherReport), score: eventMatches.score, reason: eventMatches.reason })
    .from(eventMatches)
    .innerJoin(events, eq(events.id, eventMatches.eventId))
    .innerJoin(reports, eq(reports.id, events.reportId))
    .innerJoin(other, eq(other.id, eventMatches.otherId))
    .innerJoin(otherReport, eq(otherReport.id, other.reportId))
    .where(lookAlike)
    .orderBy(asc(reports.periodKey), asc(events.seq), asc(other.seq))
    .limit(page.limit)
    .offset(page.offset)
    .all();
});

export const countPossibleDuplicates = memoised('countPossibleDuplicates', (db: Db): number => {
  return db.select({ n: count() }).from(eventMatches).where(lookAlike).get()?.n ?? 0;
});

/** The other report rows that are the same real event as this one (its event page lists them). */
export const getEventTwins = memoised('getEventTwins', (db: Db, eventId: number): (EventRef & { isPrimary: boolean })[] => {
  return db
    .select({ ...refOf(other, otherReport), isPrimary: sql<boolean>`${other.isPrimary} = 1` })
    .from(eventMatches)
    .innerJoin(other, eq(other.id, eventMatches.otherId))
    .innerJoin(otherReport, eq(otherReport.id, other.reportId))
    .where(and(eq(eventMatches.eventId, eventId), eq(eventMatches.kind, 'same_event')))
    .orderBy(asc(otherReport.periodKey))
    .all();
});
