import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { eventCountries, events, reports } from '@/db/schema';
import { findOutliers, type Outlier, type OutlierRow } from '@/lib/curation/outliers';
import { EMPTY_FILTERS } from '@/lib/filters/filters';
import type { EventKind } from '@/lib/vocabulary';
import { memoised } from './cache';
import { eventWhere } from './where';

/** At most this many flagged rows are listed on /quality; the rest are counted. */
const SHOWN = 100;

interface ListedOutlier extends Outlier<OutlierRow & { id: number; report: string; seq: number }> {
  title: string;
  kind: EventKind;
}

export interface Outliers {
  total: number;
  /** The first SHOWN flagged rows by report and number, with their titles. */
  shown: ListedOutlier[];
}

/**
 * Rows worth a second look (lib/curation/outliers.ts) among the rows every figure counts: the
 * counted rows are also the sample each kind's usual counts are taken from, so a row repeated by
 * a newer report or merged away weighs once. Only the rules' columns are read for every row
 * (100 000 rows: ~1 s); titles only for the rows listed.
 */
export const getOutliers = memoised('getOutliers', (db: Db): Outliers => {
  const rows = db
    .select({
      id: events.id,
      report: reports.periodKey,
      seq: events.seq,
      kind: events.kind,
      direction: events.direction,
      format: events.format,
      startDate: events.startDate,
      endDate: events.endDate,
      participantsTotal: events.participantsTotal,
      foreignParticipants: events.foreignParticipants,
      smeCount: events.smeCount,
      audience: events.audience,
      delegationSize: events.delegationSize,
      periodStart: reports.periodStart,
      periodEnd: reports.periodEnd,
    })
    .from(events)
    .innerJoin(reports, eq(reports.id, events.reportId))
    .where(eventWhere(EMPTY_FILTERS))
    .all();
  const venues = new Map<number, string[]>();
  for (const link of db.select({ id: eventCountries.eventId, code: eventCountries.countryCode }).from(eventCountries).where(eq(eventCountries.role, 'venue')).all()) {
    const list = venues.get(link.id);
    if (list) list.push(link.code);
    else venues.set(link.id, [link.code]);
  }
  const none: string[] = [];
  // Object.assign adds the venues to each row in place: no copy of 100 000 rows.
  const flagged = findOutliers(rows.map((row) => Object.assign(row, { venueCountries: venues.get(row.id) ?? none })));
  flagged.sort((a, b) => (a.row.report < b.row.report ? -1 : a.row.report > b.row.report ? 1 : a.row.seq - b.row.seq));
  const first = flagged.slice(0, SHOWN);
  const titles = new Map(
    first.length === 0 ? [] : db.select({ id: events.id, title: events.title }).from(events).where(inArray(events.id, first.map((outlier) => outlier.row.id))).all().map((row) => [row.id, row.title]),
  );
  return { total: flagged.length, shown: first.map((outlier) => ({ ...outlier, title: titles.get(outlier.row.id) ?? '', kind: outlier.row.kind })) };
});
