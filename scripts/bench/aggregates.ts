/**
 * Every aggregate behind the dashboard's figures, each paired with its floor: the same figure as
 * one hand-written SQL statement, run directly with better-sqlite3. `floor(where)` receives the
 * filter variant's condition on `e` (events), written by hand in filter-variants.ts.
 */
import type { Db } from '@/db/client';
import type { Filters } from '@/lib/filters/filters';
import { getEventsByCountry, getEventsByRegion } from '@/lib/queries/countries';
import { countEvents, getEvents } from '@/lib/queries/events';
import { getFilterOptions } from '@/lib/queries/options';
import { getKeyFigures, getQuarterTrend, getReports } from '@/lib/queries/overview';
import { getPlacePoints } from '@/lib/queries/places';
import { getWarningCounts, getWarnings } from '@/lib/queries/quality';
import { getSmeByCountry, getSmeByKind, getSmeByQuarter } from '@/lib/queries/sme';
import { getEventsBySphere } from '@/lib/queries/spheres';

export interface Aggregate {
  name: string;
  run: (db: Db, filters: Filters) => unknown;
  floor: (where: string) => string;
  /** False for figures that take no filters (measured once per scale). */
  filtered?: boolean;
  /**
   * The number both sides must agree on: by default the sum of every count in the result (ids and
   * coordinates left out, see check.ts); `rows` instead counts the floor's rows.
   */
  rows?: (result: unknown) => number;
}

/** The events page's page size (app/(dashboard)/events/list-view.ts). */
const EVENTS_PAGE = 200;
const VENUE_ABROAD = `exists (select 1 from event_countries v where v.event_id = e.id and v.role = 'venue')`;
const COUNTRY_JOIN = 'event_countries ec join events e on e.id = ec.event_id join countries c on c.code = ec.country_code';

export const AGGREGATES: Aggregate[] = [
  {
    name: 'getKeyFigures',
    run: getKeyFigures,
    floor: (w) => `select count(*) as events, coalesce(sum(sme_count), 0) as sme, coalesce(sum(sme_count > 0), 0) as withSme,
      coalesce(sum(foreign_participants), 0) as foreignN, count(foreign_participants) as withForeign, coalesce(sum(agreement_signed), 0) as signed,
      coalesce(sum(${VENUE_ABROAD}), 0) as abroad, coalesce(sum(direction <> 'outbound'), 0) as inRegion, coalesce(sum(format = 'remote'), 0) as remote,
      (select count(distinct ec.country_code) from event_countries ec join events e on e.id = ec.event_id where ${w}) as partners
      from events e where ${w}`,
  },
  {
    name: 'getQuarterTrend',
    run: getQuarterTrend,
    floor: (w) => `select e.quarter_key, s.slug, count(*) as events from events e join spheres s on s.id = e.sphere_id
      where ${w} and e.quarter_key is not null group by e.quarter_key, e.sphere_id order by e.quarter_key, s.position`,
  },
  {
    name: 'getEventsBySphere',
    run: getEventsBySphere,
    floor: (w) => `select s.slug, s.name, s.short_label, count(*) as events, coalesce(sum(e.sme_count), 0) as sme, coalesce(sum(e.sme_count > 0), 0) as withSme
      from events e join spheres s on s.id = e.sphere_id where ${w} group by e.sphere_id order by s.position, s.name`,
  },
  {
    name: 'getEventsByCountry',
    run: getEventsByCountry,
    floor: (w) => `select c.code, c.name_ru, c.region, count(*) as events, coalesce(sum(e.sme_count), 0) as sme, sum(ec.role = 'venue') as venue
      from ${COUNTRY_JOIN} where ${w} group by ec.country_code order by events desc, c.name_ru`,
  },
  {
    name: 'getEventsByRegion',
    run: getEventsByRegion,
    floor: (w) => `select r.region, r.events, k.countries, r.sme from
      (select region, count(*) as events, coalesce(sum(sme), 0) as sme from
        (select c.region, ec.event_id, max(e.sme_count) as sme from ${COUNTRY_JOIN} where ${w} group by c.region, ec.event_id) group by region) r
      join (select c.region, count(distinct ec.country_code) as countries from ${COUNTRY_JOIN} where ${w} group by c.region) k on k.region = r.region
      order by r.events desc, r.region`,
  },
  {
    name: 'getSmeByQuarter',
    run: getSmeByQuarter,
    floor: (w) => `select quarter_key, sum(sme_count) as sme, count(*) as events from events e
      where ${w} and sme_count > 0 and quarter_key is not null group by quarter_key order by quarter_key`,
  },
  {
    name: 'getSmeByCountry',
    run: getSmeByCountry,
    floor: (w) => `select c.code, c.name_ru, c.region, sum(e.sme_count) as sme, count(*) as events from ${COUNTRY_JOIN}
      where ${w} and e.sme_count > 0 group by ec.country_code order by sme desc, c.name_ru`,
  },
  {
    name: 'getSmeByKind',
    run: getSmeByKind,
    floor: (w) => `select kind, sum(sme_count) as sme, count(*) as events from events e where ${w} and sme_count > 0 group by kind order by sme desc`,
  },
  {
    name: 'getPlacePoints',
    run: getPlacePoints,
    floor: (w) => `with counted as (select ep.place_id, count(*) as events from event_places ep join events e on e.id = ep.event_id
        where ${w} group by ep.place_id)
      select p.id, p.name, p.country_code, c.name_ru, c.region, p.lat, p.lon, n.events
      from counted n join places p on p.id = n.place_id join countries c on c.code = p.country_code order by n.events desc, p.name, p.id`,
  },
  {
    name: 'countEvents',
    run: countEvents,
    floor: (w) => `select count(*) as events from events e where ${w}`,
  },
  {
    name: `getEvents (page of ${EVENTS_PAGE})`,
    run: (db, filters) => getEvents(db, filters, { limit: EVENTS_PAGE }),
    floor: (w) => `with page as (select e.id, e.title, e.start_date, e.sme_count as smeCount, s.slug, r.period_key, e.seq from events e
        join reports r on r.id = e.report_id join spheres s on s.id = e.sphere_id where ${w}
        order by e.start_date is null, e.start_date, r.period_key, e.seq limit ${EVENTS_PAGE})
      select page.*, (select group_concat(p.name) from event_places ep join places p on p.id = ep.place_id where ep.event_id = page.id) as places,
        (select group_concat(c.name_ru) from event_countries ec join countries c on c.code = ec.country_code where ec.event_id = page.id) as countries
      from page`,
  },
  {
    name: 'getWarningCounts',
    run: getWarningCounts,
    floor: (w) => `select w.code, count(*) as warnings from import_warnings w left join events e on e.id = w.event_id
      where (${w}) or w.event_id is null group by w.code order by w.code`,
  },
  {
    name: 'getWarnings',
    run: getWarnings,
    rows: (result) => (result as unknown[]).length,
    floor: (w) => `select w.id, w.code, w.message, w.location, r.period_key, w.event_id as eventId, e.seq, e.title from import_warnings w
      join reports r on r.id = w.report_id left join events e on e.id = w.event_id
      where (${w}) or w.event_id is null order by r.period_key, e.seq, w.id`,
  },
  {
    name: 'getFilterOptions',
    run: (db) => getFilterOptions(db),
    filtered: false,
    rows: (result) => {
      const options = result as ReturnType<typeof getFilterOptions>;
      return options.quarters.length + options.countries.length + options.reports.length + options.spheres.length;
    },
    floor: () => `with recursive q(k) as (select min(quarter_key) from events
        union all select (select min(quarter_key) from events where quarter_key > q.k) from q where q.k is not null)
      select 'quarter', k from q where k is not null
      union all select 'country', code from countries c where exists (select 1 from event_countries ec where ec.country_code = c.code)
      union all select 'report', period_key from reports union all select 'sphere', slug from spheres`,
  },
  {
    name: 'getReports',
    run: (db) => getReports(db),
    filtered: false,
    floor: () => `select r.id, r.period_key, r.year, r.quarter, r.title, r.source_file, r.imported_at, r.summary,
      (select count(*) from events e where e.report_id = r.id) as events, r.row_account from reports r order by r.period_start, r.period_key`,
  },
];
