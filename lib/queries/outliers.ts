import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { eventCountries, events, reports } from '@/db/schema';
import { findOutliers, type Outlier } from '@/lib/curation/outliers';
import { EMPTY_FILTERS } from '@/lib/filters/filters';
import { memoised } from './cache';
import { eventWhere } from './where';

/**
 * Rows worth a second look (lib/curation/outliers.ts) among the rows every figure counts: the
 * counted rows are also the sample each kind's usual counts are taken from, so a row repeated by
 * a newer report or merged away weighs once.
 */
export const getOutliers = memoised('getOutliers', (db: Db): Outlier[] => {
  const rows = db
    .select({
      id: events.id,
      report: reports.periodKey,
      seq: events.seq,
      title: events.title,
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
    .orderBy(reports.periodKey, events.seq)
    .all();
  const venues = new Map<number, string[]>();
  for (const link of db.select({ id: eventCountries.eventId, code: eventCountries.countryCode }).from(eventCountries).where(eq(eventCountries.role, 'venue')).all()) {
    venues.set(link.id, [...(venues.get(link.id) ?? []), link.code]);
  }
  return findOutliers(rows.map((row) => ({ ...row, venueCountries: venues.get(row.id) ?? [] })));
});
