import 'server-only';
import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '@/db/client';
import { eventCountries, events, reports } from '@/db/schema';
import { COUNT_FIELDS, type CountBin, type CountField, dateWindow, type Fences, fencesOfHistogram, findOutliers, type Outlier, type OutlierRow } from '@/lib/curation/outliers';
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

const COUNT_COLUMNS: Record<CountField, SQLiteColumn> = {
  participantsTotal: events.participantsTotal,
  foreignParticipants: events.foreignParticipants,
  smeCount: events.smeCount,
  audience: events.audience,
  delegationSize: events.delegationSize,
};

/** What findOutliers reads of a row (venues apart), with the row's report and number. */
export const OUTLIER_COLUMNS = {
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
};

/**
 * Rows worth a second look (lib/curation/outliers.ts) among the rows every figure counts: the
 * counted rows are also the sample each kind's usual counts are taken from, so a row repeated by
 * a newer report or merged away weighs once. The rules run in SQL with the fences worked out from
 * per-kind histograms; the total is a count in SQL, only the SHOWN rows listed are read, and
 * findOutliers (given those fences) says why each is listed. 100 000 rows: ~0.2 s, was ~0.8 s
 * with every row read into JS.
 */
export const getOutliers = memoised('getOutliers', (db: Db): Outliers => {
  const fences = getCountFences(db);
  const { tables, where } = flaggedRows(db, fences);
  // Reports first (each with its date window), then each one's rows: the count reads them from the
  // covering index events_report_start, one pass; no join probed per row.
  const from = sql`${reports} left join windows on windows.report_id = ${reports.id} cross join ${events} on ${events.reportId} = ${reports.id}`;
  const total = db.get<{ total: number }>(sql`${tables} select count(*) as total from ${from} where ${where}`)?.total ?? 0;
  if (total === 0) return { total, shown: [] };
  // The listed rows' ids from the same index (it holds seq): reports in period order, each one's
  // rows by number, stopping in the report that holds the SHOWN-th flagged row. Then those rows.
  const listed = db
    .all<{ id: number }>(sql`${tables} select ${events.id} as id from ${from} where ${where} order by ${reports.periodKey}, ${events.seq} limit ${SHOWN}`)
    .map((row) => row.id);
  const byId = new Map(
    db
      .select({ ...OUTLIER_COLUMNS, title: events.title })
      .from(events)
      .innerJoin(reports, eq(reports.id, events.reportId))
      .where(inArray(events.id, listed))
      .all()
      .map((row) => [row.id, row]),
  );
  const rows = listed.flatMap((id) => byId.get(id) ?? []);
  const venues = new Map<number, string[]>();
  const links = db
    .select({ id: eventCountries.eventId, code: eventCountries.countryCode })
    .from(eventCountries)
    .where(sql`${inArray(eventCountries.eventId, rows.map((row) => row.id))} and ${eq(eventCountries.role, 'venue')}`)
    // In the order they were stored, as a read of every link gives them.
    .orderBy(sql`${eventCountries}.rowid`)
    .all();
  for (const link of links) {
    const list = venues.get(link.id);
    if (list) list.push(link.code);
    else venues.set(link.id, [link.code]);
  }
  const shown = findOutliers(
    rows.map((row) => ({ ...row, venueCountries: venues.get(row.id) ?? [] })),
    fences,
  );
  return { total, shown: shown.map(({ row: { title, ...row }, reasons }) => ({ row, reasons, title, kind: row.kind })) };
});

/**
 * The count fences of the counted rows, from one pass over them (events_report_start covers it):
 * per kind and count field, how many rows state each value — one bin per distinct value, never a
 * row read into JS.
 */
function getCountFences(db: Db): Fences {
  const field = sql.raw('field');
  const value = sql`case ${field} ${sql.join(
    COUNT_FIELDS.map((name, index) => sql`when ${sql.raw(String(index))} then ${COUNT_COLUMNS[name]}`),
    sql` `,
  )} end`;
  const fieldNumbers = sql.raw(COUNT_FIELDS.map((_, index) => `(${index})`).join(', '));
  const bins = db.all<{ kind: string; field: number; value: number; count: number }>(sql`
    with fields(field) as (values ${fieldNumbers})
    select ${events.kind} as kind, ${field} as field, ${value} as value, count(*) as count
    from ${events} cross join fields
    where ${eventWhere(EMPTY_FILTERS)} and value is not null
    group by 1, 2, 3`);
  const histogram: CountBin[] = [];
  for (const bin of bins) {
    const name = COUNT_FIELDS[bin.field];
    if (name) histogram.push({ kind: bin.kind, field: name, value: bin.value, count: bin.count });
  }
  return fencesOfHistogram(histogram);
}

/**
 * The condition a counted row is flagged on: the rules of findOutliers in SQL. The fences come in
 * as values per kind; each report's date window (worked out in JS with findOutliers' own month
 * arithmetic, which SQLite's date modifiers do not share at month ends) as a VALUES table `windows`
 * to join on the report.
 */
function flaggedRows(db: Db, fences: Fences): { tables: SQL; where: SQL } {
  const windowRows: SQL[] = [];
  for (const report of db.select({ id: reports.id, periodStart: reports.periodStart, periodEnd: reports.periodEnd }).from(reports).all()) {
    if (!report.periodStart || !report.periodEnd) continue;
    const [earliest, latest] = dateWindow(report.periodStart, report.periodEnd);
    windowRows.push(sql`(${report.id}, ${earliest}, ${latest})`);
  }
  // A VALUES list cannot be empty: one row that matches nothing stands in.
  const windowTable = sql`windows(report_id, earliest, latest) as (values ${sql.join(windowRows.length > 0 ? windowRows : [sql`(null, null, null)`], sql`, `)})`;
  // Per count field: the value above its kind's fence (a CASE on the kind: no join to probe per row).
  const countHigh: SQL[] = [];
  for (const name of COUNT_FIELDS) {
    const byKind = [...fences].flatMap(([kind, kindFences]) => {
      const fence = kindFences.get(name);
      return fence ? [sql`when ${kind} then ${fence.fence}`] : [];
    });
    if (byKind.length > 0) countHigh.push(sql`${COUNT_COLUMNS[name]} > (case ${events.kind} ${sql.join(byKind, sql` `)} end)`);
  }
  const where = sql`${eventWhere(EMPTY_FILTERS)} and (
    ${sql.join([...countHigh, sql`${events.foreignParticipants} > ${events.participantsTotal}`], sql` or `)}
    or (${events.format} <> 'remote' and ${events.delegationSize} is null and (${events.direction} = 'outbound'
      or exists (select 1 from ${eventCountries} where ${eventCountries.eventId} = ${events.id} and ${eventCountries.role} = 'venue' and ${eventCountries.countryCode} <> 'RU')))
    or ${events.startDate} < windows.earliest or ${events.startDate} > windows.latest
    or ${events.endDate} < windows.earliest or ${events.endDate} > windows.latest)`;
  return { tables: sql`with ${windowTable}`, where };
}
