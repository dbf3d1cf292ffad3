/**
 * The filter sets every aggregate and page is measured with: none, and three realistic ones. Each
 * carries its hand-written SQL condition for the floor (on `e`, events), and its URL query.
 */
import type Database from 'better-sqlite3';
import { EMPTY_FILTERS, type Filters } from '@/lib/filters/filters';

export interface FilterVariant {
  name: string;
  filters: Filters;
  /** The floor's condition; needs the database for ids looked up once, outside the timing. */
  floorWhere: (sqlite: Database.Database) => string;
}

/**
 * is_primary = 1 holds for ~99% of rows, where a table scan beats an index walk; the unary + keeps
 * the floor off any index for it (the app's schema has none since migration 0004).
 */
const PRIMARY = '+e.is_primary = 1';

export const FILTER_VARIANTS: FilterVariant[] = [
  { name: 'none', filters: EMPTY_FILTERS, floorWhere: () => PRIMARY },
  {
    name: 'sphere=economy',
    filters: { ...EMPTY_FILTERS, sphere: ['economy'] },
    floorWhere: (sqlite) => `${PRIMARY} and e.sphere_id = ${(sqlite.prepare(`select id from spheres where slug = 'economy'`).get() as { id: number }).id}`,
  },
  {
    name: 'country=BY',
    filters: { ...EMPTY_FILTERS, country: ['BY'] },
    floorWhere: () => `${PRIMARY} and e.id in (select event_id from event_countries where country_code = 'BY')`,
  },
  {
    name: '2024-Q1…2025-Q4',
    filters: { ...EMPTY_FILTERS, from: '2024-Q1', to: '2025-Q4' },
    floorWhere: () => `${PRIMARY} and e.quarter_key between '2024-Q1' and '2025-Q4'`,
  },
];
