/**
 * The two periods of the comparison page, kept in the URL next to the shared filters:
 * `a=2025-Q3` for one quarter, or `aFrom=2025-Q1&aTo=2025-Q2` for a range of quarters (the same for
 * `b`). `a` wins over `aFrom`/`aTo`; a lone `aFrom` or `aTo` is one quarter. An invalid value (not a
 * quarter, or a range that ends before it starts) is dropped and reported in `ignored`, and that
 * period falls back to its default: the latest quarter that has its report (B) against the covered
 * quarter before it (A). A quarter without its report is never a default; with a single covered
 * quarter, A stays empty and the page shows that quarter alone. Changes are read from A to B.
 */
import { z } from 'zod';
import { latestCovered, previousCovered, QUARTER_KEY_PATTERN, type Coverage, type QuarterKey, type QuarterSpan } from '@/lib/periods';

/** Quarter arithmetic lives in lib/periods; re-exported for the importers that predate it. */

export type QuarterRange = QuarterSpan;

export type Side = 'a' | 'b';

export interface ComparePeriods {
  a: QuarterRange;
  b: QuarterRange;
}

/** Periods after the defaults: A is missing when no quarter before B has its report. */
export interface ResolvedPeriods {
  a?: QuarterRange;
  b: QuarterRange;
}

export interface ParsedCompare {
  periods: Partial<ComparePeriods>;
  /** Parameter names whose values were invalid and dropped. */
  ignored: string[];
}

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

export const SIDES = ['a', 'b'] as const satisfies readonly Side[];

const quarterKey = z
  .string()
  .regex(QUARTER_KEY_PATTERN)
  .transform((key) => key as QuarterKey);
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
    const parsed = quarterKey.safeParse(single);
    if (parsed.success) return { range: { from: parsed.data, to: parsed.data }, ignored };
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

/**
 * Fills in missing periods from the report coverage: B is the latest quarter that has its report,
 * A the latest covered quarter before B. Without one, A stays empty (a single-period view). A
 * chosen period is kept as chosen, covered or not; the page then warns.
 */
export function resolvePeriods(periods: Partial<ComparePeriods>, coverage: Coverage): ResolvedPeriods | undefined {
  const latest = latestCovered(coverage);
  const b = periods.b ?? (latest ? { from: latest, to: latest } : undefined);
  if (!b) return undefined;
  const before = previousCovered(coverage, b.from);
  return { a: periods.a ?? (before ? { from: before, to: before } : undefined), b };
}

function first(params: Params, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  const raw = Array.isArray(value) ? value[0] : value;
  return raw === null || raw === '' ? undefined : raw;
}
