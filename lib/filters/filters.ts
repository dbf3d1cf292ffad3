/**
 * Dashboard filters: parsed from the URL once, validated, passed explicitly to every query, and
 * written back to the URL by the filter bar. Shared by server pages and client components.
 * An invalid value is dropped and reported in `ignored`, never a crash.
 */
import { z } from 'zod';
import { QUARTER_KEY_PATTERN, REPORT_PERIOD_PATTERN } from '@/lib/periods/keys';
import { DIRECTIONS, type Direction, EVENT_FORMATS, EVENT_KINDS, type EventFormat, type EventKind, FLAGS, type Flag, REGION_GROUPS, type RegionGroup } from '@/lib/vocabulary';


const quarterKey = z.string().regex(QUARTER_KEY_PATTERN);
const reportPeriod = z.string().regex(REPORT_PERIOD_PATTERN);
const isoDate = z.iso.date();
const slug = z.string().regex(/^[a-z0-9-]{1,80}$/);
const countryCode = z.string().regex(/^[A-Z]{2}$/);
const placeId = z.string().regex(/^[1-9]\d{0,8}$/);

export interface Filters {
  from?: string; // quarter key, inclusive
  to?: string;
  dateFrom?: string; // ISO date, inclusive
  dateTo?: string;
  report?: string; // period key of the source report: "2025-Q4", "2025-H1", "2025-9M", "2025-Y"
  sphere: string[];
  country: string[];
  region: RegionGroup[];
  format: EventFormat[];
  direction: Direction[];
  kind: EventKind[];
  has?: Flag[];
  q?: string; // free-text search (events page)
  place?: string; // id of an event place (drill-down from a map marker or the places table)
}

export const EMPTY_FILTERS: Filters = { sphere: [], country: [], region: [], format: [], direction: [], kind: [] };

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

const SINGLE = { from: quarterKey, to: quarterKey, dateFrom: isoDate, dateTo: isoDate, report: reportPeriod, q: z.string().trim().min(1).max(200), place: placeId } as const;
const LISTS = {
  sphere: slug,
  country: countryCode,
  region: z.enum(REGION_GROUPS),
  format: z.enum(EVENT_FORMATS),
  direction: z.enum(DIRECTIONS),
  kind: z.enum(EVENT_KINDS),
  has: z.enum(FLAGS),
} as const;

export interface ParsedFilters {
  filters: Filters;
  /** Parameter names whose values were invalid and dropped. */
  ignored: string[];
}

export function parseFilters(params: Params): ParsedFilters {
  const get = (name: string) => readAll(params, name);
  const filters: Filters = { ...EMPTY_FILTERS };
  const ignored: string[] = [];
  for (const [name, schema] of Object.entries(SINGLE) as [keyof typeof SINGLE, z.ZodType<string>][]) {
    const raw = get(name)[0];
    if (raw === undefined || raw === '') continue;
    const result = schema.safeParse(raw);
    if (result.success) filters[name] = result.data;
    else ignored.push(name);
  }
  for (const [name, schema] of Object.entries(LISTS) as [keyof typeof LISTS, z.ZodType<string>][]) {
    const values = get(name).flatMap((value) => value.split(',')).filter((value) => value !== '');
    const valid = values.filter((value) => schema.safeParse(value).success);
    if (valid.length < values.length) ignored.push(name);
    (filters[name] as string[]) = [...new Set(valid)];
  }
  return { filters, ignored };
}

/** The query string for a filter set (stable order, lists comma-joined, empty values left out). */
export function toSearchParams(filters: Partial<Filters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of Object.keys(SINGLE) as (keyof typeof SINGLE)[]) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  for (const name of Object.keys(LISTS) as (keyof typeof LISTS)[]) {
    const values = filters[name];
    if (values && values.length > 0) params.set(name, values.join(','));
  }
  return params;
}

/** A link to `path` with the filters, e.g. a drill-down to /events with one more filter. */
export function hrefWith(path: string, filters: Partial<Filters>): string {
  const query = toSearchParams(filters).toString();
  return query ? `${path}?${query}` : path;
}

export function hasActiveFilters(filters: Filters): boolean {
  return toSearchParams({ ...filters, q: undefined }).toString() !== '';
}

function readAll(params: Params, name: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const value = params[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
