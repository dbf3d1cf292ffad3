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

/**
 * Conditions on a rollup table aliased `r`. Undated events sit under quarter '' and, as in the raw
 * queries (null quarter_key), fall outside any quarter range.
 */
export function rollupWhere({ scope, from, to, sphere }: RollupScope): SQL {
  const column = (name: string) => sql.raw(`r.${name}`);
  return and(
    sql`${column('scope')} = ${scope}`,
    from ? gte(column('quarter_key'), from) : undefined,
    to ? and(lte(column('quarter_key'), to), ne(column('quarter_key'), '')) : undefined,
    sphere.length > 0 ? inArray(column('sphere_id'), sql`(select ${spheres.id} from ${spheres} where ${inArray(spheres.slug, sphere)})`) : undefined,
  )!;
}
