/**
 * The two periods of the comparison page, kept in the URL next to the shared filters:
 * `a=2025-Q3` for one quarter, or `aFrom=2025-Q1&aTo=2025-Q2` for a range of quarters (the same for
 * `b`). `a` wins over `aFrom`/`aTo`; a lone `aFrom` or `aTo` is one quarter. An invalid value (not a
 * quarter, or a range that ends before it starts) is dropped and reported in `ignored`, and that
 * period falls back to its default: the latest quarter with events (B) against the one before (A).
 * Changes are always read from A to B.
 */
import { z } from 'zod';

export interface QuarterRange {
  from: string;
  to: string;
}

export type Side = 'a' | 'b';

export interface ComparePeriods {
  a: QuarterRange;
  b: QuarterRange;
}

export interface ParsedCompare {
  periods: Partial<ComparePeriods>;
  /** Parameter names whose values were invalid and dropped. */
  ignored: string[];
}

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

export const SIDES = ['a', 'b'] as const satisfies readonly Side[];

const quarterKey = z.string().regex(/^\d{4}-Q[1-4]$/);
// Quarter keys with four-digit years sort as strings.
const quarterRange = z.object({ from: quarterKey, to: quarterKey }).refine((range) => range.from <= range.to);

export function parseCompareParams(params: Params): ParsedCompare {
  const periods: Partial<ComparePeriods> = {};
  const ignored: string[] = [];
  for (const side of SIDES) {
    const parsed = parseSide(params, side);
    if (parsed.range) periods[side] = parsed.range;
    ignored.push(...parsed.ignored);
  }
  return { periods, ignored };
}

function parseSide(params: Params, side: Side): { range?: QuarterRange; ignored: string[] } {
  const single = first(params, side);
  const ignored: string[] = [];
  if (single !== undefined) {
    if (quarterKey.safeParse(single).success) return { range: { from: single, to: single }, ignored };
    ignored.push(side);
  }
  const from = first(params, `${side}From`);
  const to = first(params, `${side}To`);
  if (from === undefined && to === undefined) return { ignored };
  const result = quarterRange.safeParse({ from: from ?? to, to: to ?? from });
  if (result.success) return { range: result.data, ignored };
  return { ignored: [...ignored, ...[`${side}From`, `${side}To`].filter((name) => first(params, name) !== undefined)] };
}

/** `a=2025-Q3` for one quarter, `aFrom`/`aTo` for a range; stable order A then B. */
export function toCompareParams(periods: Partial<ComparePeriods>): URLSearchParams {
  const params = new URLSearchParams();
  for (const side of SIDES) {
    const range = periods[side];
    if (!range) continue;
    if (range.from === range.to) params.set(side, range.from);
    else {
      params.set(`${side}From`, range.from);
      params.set(`${side}To`, range.to);
    }
  }
  return params;
}

/** `href` (a path with the filters' query) plus the periods held by `current`: a filter change keeps them. */
export function keepPeriodParams(href: string, current: URLSearchParams): string {
  const { periods } = parseCompareParams(current);
  const extra = toCompareParams(periods).toString();
  if (!extra) return href;
  return `${href}${href.includes('?') ? '&' : '?'}${extra}`;
}

/** Fills in missing periods: B is the latest quarter with events, A the quarter with events before B. */
export function resolvePeriods(periods: Partial<ComparePeriods>, quarters: string[]): ComparePeriods | undefined {
  const latest = quarters.at(-1);
  const b = periods.b ?? (latest ? { from: latest, to: latest } : undefined);
  if (!b) return undefined;
  const before = quarters.filter((key) => key < b.from).at(-1) ?? shiftQuarter(b.from, -1);
  return { a: periods.a ?? { from: before, to: before }, b };
}

/** The same quarters one year earlier. */
export function previousYear(range: QuarterRange): QuarterRange {
  return { from: shiftQuarter(range.from, -4), to: shiftQuarter(range.to, -4) };
}

/** Does the range hold at least one of `quarters`? */
export function rangeHasData(range: QuarterRange, quarters: string[]): boolean {
  return quarters.some((key) => key >= range.from && key <= range.to);
}

export function shiftQuarter(key: string, by: number): string {
  const [year = 0, quarter = 1] = key.split('-Q').map(Number);
  const index = year * 4 + (quarter - 1) + by;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

function first(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  const raw = Array.isArray(value) ? value[0] : value;
  return raw === null || raw === '' ? undefined : raw;
}
