/**
 * Keeps the rollup tables (db/schema.ts, rollup_*) equal to the raw events: recounts the quarters a
 * write touched, inside that write's transaction. Which events count is decided by where.ts's base
 * condition (eventWhere with no filter), the same one every raw figure applies, so a change there
 * (a status excluded from counts, say) reaches the rollups without a copy of it here.
 *
 * Each quarter's events are first listed once per scope they count under ('' for all, 'c:XX' per
 * country, 'r:group' per region group) in a temporary table; every rollup is one grouped insert
 * over it. The country, region and place rollups also get their rows summed over all spheres, under
 * sphere_id ALL_SPHERES (lib/queries/rollups/scope.ts reads those when no sphere is chosen).
 */
import { and, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { eventCountries, events } from '@/db/schema';
import { EMPTY_FILTERS } from '@/lib/filters/filters';
import { ALL_SPHERES } from '@/lib/queries/rollups/scope';
import { eventWhere } from '@/lib/queries/where';

type Runner = Pick<Tx, 'run' | 'all'>;

/** The rollups' quarter of an undated event. */
const NO_QUARTER = '';

const ROLLUP_TABLES = ['rollup_events', 'rollup_countries', 'rollup_regions', 'rollup_places', 'rollup_kinds'];

/**
 * Quarters (rollup keys) of a report's rows and of the rows of other reports linked to them: the
 * quarters whose counts change when that report is stored, replaced or deleted (its rows come or
 * go, linked rows may change primary). Read before a deletion and after an insert.
 */
export function quartersOfReport(tx: Runner, reportId: number): string[] {
  const rows = tx.all<{ quarter: string }>(sql`
    select distinct coalesce(${events.quarterKey}, ${NO_QUARTER}) as quarter from ${events}
    where ${events.reportId} = ${reportId}
      or ${events.id} in (select m.other_id from event_matches m join ${events} own on own.id = m.event_id where own.report_id = ${reportId})`);
  return rows.map((row) => row.quarter);
}

/** The rollup key of one event's quarter: what a correction of that event changes. */
export function quarterOfEvent(tx: Runner, eventId: number): string {
  const [row] = tx.all<{ quarter: string }>(sql`select coalesce(${events.quarterKey}, ${NO_QUARTER}) as quarter from ${events} where ${events.id} = ${eventId}`);
  return row?.quarter ?? NO_QUARTER;
}

/** The rollup keys of some events' quarters: what a change of their counting (a merge, an unlink) changes. */
export function quartersOfEvents(tx: Runner, eventIds: number[]): string[] {
  const quarters = new Set<string>();
  for (let i = 0; i < eventIds.length; i += 500) {
    const chunk = eventIds.slice(i, i + 500);
    for (const row of tx.all<{ quarter: string }>(sql`select distinct coalesce(${events.quarterKey}, ${NO_QUARTER}) as quarter from ${events} where ${inArray(events.id, chunk)}`)) quarters.add(row.quarter);
  }
  return [...quarters];
}

/** Recounts every rollup row of `quarters` from the events. */
export function refreshRollups(tx: Runner, quarters: Iterable<string>): void {
  const keys = [...new Set(quarters)];
  if (keys.length === 0) return;
  for (const table of ROLLUP_TABLES) tx.run(sql`delete from ${sql.identifier(table)} where quarter_key in ${keys}`);
  listScopedEvents(tx, keys);
  for (const statement of ROLLUP_INSERTS) tx.run(statement);
  for (const statement of allSpheresInserts(keys)) tx.run(statement);
  tx.run(sql`delete from temp.rollup_scoped`);
}

/** Recounts everything: a database whose rollups were never built (migrated from before them). */
export function rebuildRollups(db: Db): void {
  db.transaction((tx) => {
    const quarters = tx.all<{ quarter: string }>(sql`select distinct coalesce(${events.quarterKey}, ${NO_QUARTER}) as quarter from ${events}`);
    refreshRollups(tx, quarters.map((row) => row.quarter));
  });
}

/** True when events are stored but no rollup row is: the rollups predate the data. */
export function rollupsMissing(db: Db): boolean {
  const row = db.$client.prepare('select exists(select 1 from events) as stored, exists(select 1 from rollup_events) as rolled').get() as { stored: number; rolled: number };
  return row.stored === 1 && row.rolled === 0;
}

function quarterCondition(keys: string[]): SQL {
  const dated = keys.filter((key) => key !== NO_QUARTER);
  const conditions = [dated.length > 0 ? inArray(events.quarterKey, dated) : undefined, keys.includes(NO_QUARTER) ? isNull(events.quarterKey) : undefined];
  return or(...conditions) ?? sql`0`;
}

function listScopedEvents(tx: Runner, keys: string[]): void {
  tx.run(sql`create temp table if not exists rollup_scoped (event_id integer not null, scope text not null, primary key (event_id, scope)) without rowid`);
  tx.run(sql`delete from temp.rollup_scoped`);
  tx.run(sql`insert into temp.rollup_scoped select ${events.id}, '' from ${events} where ${and(eventWhere(EMPTY_FILTERS), quarterCondition(keys))}`);
  tx.run(sql`insert into temp.rollup_scoped select ec.event_id, 'c:' || ec.country_code from ${eventCountries} ec
    where ec.event_id in (select event_id from temp.rollup_scoped where scope = '')`);
  tx.run(sql`insert or ignore into temp.rollup_scoped select ec.event_id, 'r:' || c.region from ${eventCountries} ec join countries c on c.code = ec.country_code
    where ec.event_id in (select event_id from temp.rollup_scoped where scope = '')`);
}

/** The rollup key of an event row `e` listed under scope `s`. */
const KEY = sql.raw(`s.scope, coalesce(e.quarter_key, '${NO_QUARTER}'), e.sphere_id`);
/** CROSS JOIN keeps the scoped list outermost: the planner knows nothing of the temporary table and would scan whole tables instead. */
const SCOPED = sql.raw('temp.rollup_scoped s cross join events e on e.id = s.event_id');

/**
 * Rows under sphere_id 0 (spheres start at 1): each (scope, quarter, key) summed over the spheres
 * just counted. Every event has exactly one sphere, so the sums count every event once. Also in
 * migration 0013 for rollups built before.
 */
function allSpheresInserts(keys: string[]): SQL[] {
  const touched = sql`sphere_id <> ${ALL_SPHERES} and quarter_key in ${keys}`;
  return [
    sql`insert into rollup_countries select scope, quarter_key, ${ALL_SPHERES}, country_code, sum(events), sum(sme_sum), sum(events_with_sme), sum(events_as_venue)
      from rollup_countries where ${touched} group by scope, quarter_key, country_code`,
    sql`insert into rollup_regions select scope, quarter_key, ${ALL_SPHERES}, region, sum(events), sum(sme_sum)
      from rollup_regions where ${touched} group by scope, quarter_key, region`,
    sql`insert into rollup_places select scope, quarter_key, ${ALL_SPHERES}, place_id, sum(events)
      from rollup_places where ${touched} group by scope, quarter_key, place_id`,
  ];
}

const ROLLUP_INSERTS: SQL[] = [
  sql`insert into rollup_events
    select ${KEY}, e.report_id, count(*), coalesce(sum(e.sme_count), 0), coalesce(sum(e.sme_count > 0), 0),
      coalesce(sum(e.foreign_participants), 0), count(e.foreign_participants), coalesce(sum(e.agreement_signed), 0),
      coalesce(sum(exists (select 1 from event_countries v where v.event_id = e.id and v.role = 'venue')), 0),
      coalesce(sum(e.direction <> 'outbound'), 0), coalesce(sum(e.format = 'remote'), 0),
      coalesce(sum(case when e.direction <> 'outbound' then e.foreign_participants end), 0),
      count(case when e.direction <> 'outbound' then e.foreign_participants end)
    from ${SCOPED} group by 1, 2, 3, 4`,
  sql`insert into rollup_countries
    select ${KEY}, ec.country_code, count(*), coalesce(sum(e.sme_count), 0), coalesce(sum(e.sme_count > 0), 0), coalesce(sum(ec.role = 'venue'), 0)
    from ${SCOPED} cross join event_countries ec on ec.event_id = e.id group by 1, 2, 3, 4`,
  // An event's regions are its 'r:' scopes, listed once each (insert or ignore) in the scoped list.
  sql`insert into rollup_regions
    select ${KEY}, substr(r.scope, 3), count(*), coalesce(sum(e.sme_count), 0)
    from ${SCOPED} cross join temp.rollup_scoped r on r.event_id = e.id and r.scope >= 'r:' and r.scope < 'r;'
    group by 1, 2, 3, 4`,
  sql`insert into rollup_places
    select ${KEY}, ep.place_id, count(*) from ${SCOPED} cross join event_places ep on ep.event_id = e.id group by 1, 2, 3, 4`,
  sql`insert into rollup_kinds
    select ${KEY}, e.kind, count(*), coalesce(sum(e.sme_count), 0), coalesce(sum(e.sme_count > 0), 0)
    from ${SCOPED} group by 1, 2, 3, 4`,
];
