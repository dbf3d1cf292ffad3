/**
 * Which filter sets the rollup tables (db/schema.ts, rollup_*) answer exactly: a quarter range, any
 * spheres, and at most one country or one region group (an event counts once under each of its
 * countries and groups, so two would count it twice). Every other filter, present or added later,
 * sends the figure to its raw query: the check lists what is allowed, not what is not.
 */
import { and, gte, inArray, lte, ne, sql, type SQL } from 'drizzle-orm';
import { spheres } from '@/db/schema';
import type { Filters } from '@/lib/filters/filters';

export interface RollupScope {
  /** '' (all events), 'c:BY' or 'r:europe': the rollups' scope column. */
  scope: string;
  /** Only events with SMEs (the flag has=sme), for the figures that count SME events only anyway. */
  smeOnly: boolean;
  from?: string;
  to?: string;
  sphere: string[];
}

/** Off only to compare rollups with the raw queries (tests, benchmark). */
export const rollupSwitch = { enabled: true };

const ANSWERED = new Set(['from', 'to', 'sphere', 'country', 'region']);

/**
 * `smeFlag`: the figure can answer the flag has=sme alone (the SME figures count SME events only,
 * event counts and source reports read the SME columns).
 */
export function rollupScope(filters: Filters, options: { smeFlag?: boolean } = {}): RollupScope | null {
  if (!rollupSwitch.enabled) return null;
  const smeOnly = options.smeFlag === true && filters.has?.length === 1 && filters.has[0] === 'sme';
  const active = Object.entries(filters).filter(([, value]) => (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== ''));
  if (active.some(([name]) => !ANSWERED.has(name) && !(name === 'has' && smeOnly))) return null;
  if (filters.country.length + filters.region.length > 1) return null;
  const scope = filters.country[0] ? `c:${filters.country[0]}` : filters.region[0] ? `r:${filters.region[0]}` : '';
  return { scope, smeOnly, from: filters.from, to: filters.to, sphere: filters.sphere };
}

/** The sphere_id of rows summed over all spheres (spheres start at 1). */
export const ALL_SPHERES = 0;

/** Rollup tables that also hold rows summed over all spheres (lib/import/refresh-rollups.ts). */
const WITH_ALL_SPHERES_ROWS = new Set(['rollup_countries', 'rollup_regions', 'rollup_places']);

type RollupTable = 'rollup_events' | 'rollup_countries' | 'rollup_regions' | 'rollup_places' | 'rollup_kinds';

/**
 * Conditions on rollup table `table` aliased `r`. Undated events sit under quarter '' and, as in
 * the raw queries (null quarter_key), fall outside any quarter range. In the tables with rows
 * summed over all spheres, exactly one of the two kinds is read: those rows without a sphere
 * filter, the chosen spheres' rows with one (never both: that would count every event twice).
 */
export function rollupWhere({ scope, from, to, sphere }: RollupScope, table: RollupTable): SQL {
  const column = (name: string) => sql.raw(`r.${name}`);
  const chosen = sphere.length > 0 ? inArray(column('sphere_id'), sql`(select ${spheres.id} from ${spheres} where ${inArray(spheres.slug, sphere)})`) : undefined;
  return and(
    sql`${column('scope')} = ${scope}`,
    from ? gte(column('quarter_key'), from) : undefined,
    to ? and(lte(column('quarter_key'), to), ne(column('quarter_key'), '')) : undefined,
    chosen ?? (WITH_ALL_SPHERES_ROWS.has(table) ? sql`${column('sphere_id')} = ${ALL_SPHERES}` : undefined),
  )!;
}
