/**
 * The figures answered from the rollup tables: each returns exactly what its raw query in
 * lib/queries returns (rows, order, types) for the filters rollupScope accepts; the figure
 * functions choose between the two. tests/unit/queries/rollups.test.ts holds them equal.
 */
import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { sortReportPeriods } from '@/lib/periods';
import type { CountryCount, RegionCount } from '../countries';
import type { SourceCount } from '../coverage';
import type { KeyFigures, QuarterSphereCount } from '../overview';
import type { PlacePoint } from '../places';
import type { SmeByCountry, SmeByKind, SmeByQuarter } from '../sme';
import type { SphereCount } from '../spheres';
import { rollupWhere, type RollupScope } from './scope';

export function rollupKeyFigures(db: Db, scope: RollupScope): KeyFigures {
  const row = db.get<Omit<KeyFigures, 'partnerCountries' | 'foreignElsewhere' | 'eventsWithForeignElsewhere'>>(sql`
    select coalesce(sum(r.events), 0) as events, coalesce(sum(r.sme_sum), 0) as smeParticipations,
      coalesce(sum(r.events_with_sme), 0) as eventsWithSme, coalesce(sum(r.foreign_sum), 0) as foreignParticipants,
      coalesce(sum(r.events_with_foreign), 0) as eventsWithForeignCount,
      coalesce(sum(r.foreign_in_region_sum), 0) as foreignInRegion, coalesce(sum(r.events_with_foreign_in_region), 0) as eventsWithForeignInRegion,
      coalesce(sum(r.signed), 0) as documentsSigned,
      coalesce(sum(r.abroad), 0) as abroad, coalesce(sum(r.in_region), 0) as inRegion, coalesce(sum(r.remote), 0) as remote
    from rollup_events r where ${rollupWhere(scope, 'rollup_events')}`);
  const partners = db.get<{ n: number }>(sql`select count(distinct r.country_code) as n from rollup_countries r where ${rollupWhere(scope, 'rollup_countries')}`);
  // Every event is in the region or elsewhere (direction outbound): elsewhere is the rest.
  return {
    ...row,
    foreignElsewhere: row.foreignParticipants - row.foreignInRegion,
    eventsWithForeignElsewhere: row.eventsWithForeignCount - row.eventsWithForeignInRegion,
    partnerCountries: partners.n,
  };
}

export function rollupQuarterTrend(db: Db, scope: RollupScope): QuarterSphereCount[] {
  return db.all<QuarterSphereCount>(sql`
    select r.quarter_key as quarterKey, s.slug as sphereSlug, sum(r.events) as events
    from rollup_events r join spheres s on s.id = r.sphere_id
    where ${rollupWhere(scope, 'rollup_events')} and r.quarter_key <> ''
    group by r.quarter_key, s.slug order by r.quarter_key, s.position`);
}

export function rollupReportPeriods(db: Db, scope: RollupScope): string[] {
  return db
    .all<{ periodKey: string }>(sql`
      select distinct p.period_key as periodKey from rollup_events r join reports p on p.id = r.report_id
      where ${rollupWhere(scope, 'rollup_events')} and ${sql.raw(scope.smeOnly ? 'r.events_with_sme' : 'r.events')} > 0 order by p.period_key`)
    .map((row) => row.periodKey);
}

export function rollupEventCount(db: Db, scope: RollupScope, withSme: boolean): number {
  const column = sql.raw(withSme || scope.smeOnly ? 'r.events_with_sme' : 'r.events');
  return db.get<{ n: number }>(sql`select coalesce(sum(${column}), 0) as n from rollup_events r where ${rollupWhere(scope, 'rollup_events')}`).n;
}

export function rollupEventSources(db: Db, scope: RollupScope): SourceCount[] {
  const column = sql.raw(scope.smeOnly ? 'r.events_with_sme' : 'r.events');
  const rows = db.all<SourceCount>(sql`
    select p.period_key as periodKey, sum(${column}) as events from rollup_events r join reports p on p.id = r.report_id
    where ${rollupWhere(scope, 'rollup_events')} group by p.period_key having sum(${column}) > 0`);
  return sortReportPeriods(rows.map((row) => row.periodKey)).map((periodKey) => rows.find((row) => row.periodKey === periodKey)!);
}

export function rollupEventsBySphere(db: Db, scope: RollupScope): SphereCount[] {
  return db.all<SphereCount>(sql`
    select s.slug, s.name, s.short_label as shortLabel, sum(r.events) as events, sum(r.sme_sum) as smeParticipations,
      sum(r.events_with_sme) as eventsWithSme
    from rollup_events r join spheres s on s.id = r.sphere_id
    where ${rollupWhere(scope, 'rollup_events')} group by s.id order by s.position, s.name`);
}

export function rollupEventsByCountry(db: Db, scope: RollupScope): CountryCount[] {
  return db.all<CountryCount>(sql`
    select c.code, c.name_ru as nameRu, c.region, sum(r.events) as events, sum(r.sme_sum) as smeParticipations,
      sum(r.events_as_venue) as eventsAsVenue
    from rollup_countries r join countries c on c.code = r.country_code
    where ${rollupWhere(scope, 'rollup_countries')} group by c.code order by events desc, c.name_ru`);
}

export function rollupEventsByRegion(db: Db, scope: RollupScope): RegionCount[] {
  return db.all<RegionCount>(sql`
    with groups as (select r.region, sum(r.events) as events, sum(r.sme_sum) as sme from rollup_regions r where ${rollupWhere(scope, 'rollup_regions')} group by r.region),
    members as (select c.region, count(distinct r.country_code) as n from rollup_countries r join countries c on c.code = r.country_code
      where ${rollupWhere(scope, 'rollup_countries')} group by c.region)
    select g.region, g.events, coalesce(m.n, 0) as countries, g.sme as smeParticipations
    from groups g left join members m on m.region = g.region order by g.events desc, g.region`);
}

export function rollupSmeByQuarter(db: Db, scope: RollupScope): SmeByQuarter[] {
  return db.all<SmeByQuarter>(sql`
    select r.quarter_key as quarterKey, sum(r.sme_sum) as smeParticipations, sum(r.events_with_sme) as eventsWithSme
    from rollup_events r where ${rollupWhere(scope, 'rollup_events')} and r.quarter_key <> ''
    group by r.quarter_key having sum(r.events_with_sme) > 0 order by r.quarter_key`);
}

export function rollupSmeByCountry(db: Db, scope: RollupScope): SmeByCountry[] {
  return db.all<SmeByCountry>(sql`
    select c.code, c.name_ru as nameRu, c.region, sum(r.sme_sum) as smeParticipations, sum(r.events_with_sme) as eventsWithSme
    from rollup_countries r join countries c on c.code = r.country_code
    where ${rollupWhere(scope, 'rollup_countries')} group by c.code having sum(r.events_with_sme) > 0 order by smeParticipations desc, c.name_ru`);
}

export function rollupSmeByKind(db: Db, scope: RollupScope): SmeByKind[] {
  return db.all<SmeByKind>(sql`
    select r.kind, sum(r.sme_sum) as smeParticipations, sum(r.events_with_sme) as eventsWithSme
    from rollup_kinds r where ${rollupWhere(scope, 'rollup_kinds')} group by r.kind having sum(r.events_with_sme) > 0
    order by smeParticipations desc, r.kind`);
}

export function rollupPlacePoints(db: Db, scope: RollupScope): PlacePoint[] {
  return db.all<PlacePoint>(sql`
    with counted as (select r.place_id, sum(r.events) as events from rollup_places r where ${rollupWhere(scope, 'rollup_places')} group by r.place_id)
    select p.id, p.name, p.country_code as countryCode, c.name_ru as countryName, c.region, p.lat, p.lon, counted.events as events
    from counted join places p on p.id = counted.place_id join countries c on c.code = p.country_code
    order by counted.events desc, p.name, p.id`);
}
