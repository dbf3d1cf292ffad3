/**
 * Days named by a dates cell (already normalised by dates.ts): a run of date points — a day with a
 * month word, a numeric date, or a bare day number that takes the month of the next point —
 * joined by dashes (a range) or by ",", ";", "и" (separate days). See dates.ts for the rules.
 */
import { calendarDate, monthIndex, MONTH, num, toRange } from './date-parts';
import type { DateRange } from './types';

/** Days read from a dates cell; `separateDays` when it names days apart ("5 и 7 ноября"). */
export interface ParsedDates {
  range: DateRange | null;
  separateDays: boolean;
}

type Token =
  | { type: 'day'; day: number }
  | { type: 'numeric'; day: number; month: number; year: number | null }
  | { type: 'month'; month: number }
  | { type: 'year'; year: number }
  | { type: 'dash' }
  | { type: 'sep' }
  | { type: 'other' };

const TOKEN = new RegExp(
  [
    '(?<numeric>(?<![\\d.:])\\d{1,2}\\.\\d{1,2}(?:\\.(?:\\d{4}|\\d{2}))?(?![\\d:]|\\.\\d))',
    '(?<year>(?<![\\d.:])\\d{4}(?![\\d:]|\\.\\d))',
    '(?<day>(?<![\\d.:])\\d{1,2}(?![\\d:]|\\.\\d))',
    `(?<month>(?<![а-я])${MONTH})`,
    '(?<dash>-)',
    '(?<sep>[,;]|(?<![а-я])и(?![а-я]))',
    '(?<other>[^\\s\\d,;.-]+|\\S)',
  ].join('|'),
  'g',
);

interface Point {
  day: number;
  month: number | null;
  year: number | null;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const g = match.groups ?? {};
    if (g.numeric) {
      const [day, month, year] = g.numeric.split('.');
      const fullYear = year === undefined ? null : year.length === 2 ? 2000 + num(year) : num(year);
      // "10.00" or "10.30" is a time, not a date.
      const isDate = num(month) >= 1 && num(month) <= 12 && num(day) >= 1;
      tokens.push(isDate ? { type: 'numeric', day: num(day), month: num(month) - 1, year: fullYear } : { type: 'other' });
    } else if (g.year) tokens.push({ type: 'year', year: num(g.year) });
    else if (g.day) tokens.push({ type: 'day', day: num(g.day) });
    else if (g.month) tokens.push({ type: 'month', month: monthIndex(g.month) });
    else if (g.dash) tokens.push({ type: 'dash' });
    else if (g.sep) tokens.push({ type: 'sep' });
    else if (g.other !== '.') tokens.push({ type: 'other' });
  }
  return tokens;
}

/**
 * Items (a point, or two points joined by a dash) in the first run of the cell that names a day
 * with its month. Other words end a run. Undefined when the cell has no such run, null when the
 * run is not a valid date.
 */
export function parseDayRun(text: string, fallbackYear: number): ParsedDates | null | undefined {
  const tokens = tokenize(text);
  let index = 0;
  while (index < tokens.length) {
    const run = readRun(tokens, index);
    if (run.items.length > 0 && run.items.some((item) => item.some((point) => point.month !== null))) {
      return resolveRun(run.items, fallbackYear);
    }
    index = Math.max(run.end, index + 1);
  }
  return undefined;
}

function readRun(tokens: Token[], start: number): { items: Point[][]; end: number } {
  const items: Point[][] = [];
  let i = start;
  while (i < tokens.length) {
    const first = readPoint(tokens, i);
    if (!first) break;
    i = first.end;
    const item = [first.point];
    if (tokens[i]?.type === 'dash') {
      const second = readPoint(tokens, i + 1);
      if (!second) break;
      item.push(second.point);
      i = second.end;
    }
    items.push(item);
    if (tokens[i]?.type === 'sep') {
      // "…ноября, 2025" is not a separator between days; "5, 7 и 9 ноября" is.
      if (!readPoint(tokens, i + 1)) break;
      i += 1;
    }
  }
  return { items, end: i };
}

function readPoint(tokens: Token[], at: number): { point: Point; end: number } | null {
  const token = tokens[at];
  if (token?.type === 'numeric') {
    const next = tokens[at + 1];
    if (token.year === null && next?.type === 'year') return { point: { ...token, year: next.year }, end: at + 2 };
    return { point: { day: token.day, month: token.month, year: token.year }, end: at + 1 };
  }
  if (token?.type !== 'day') return null;
  const month = tokens[at + 1];
  if (month?.type !== 'month') return { point: { day: token.day, month: null, year: null }, end: at + 1 };
  const year = tokens[at + 2];
  if (year?.type === 'year') return { point: { day: token.day, month: month.month, year: year.year }, end: at + 3 };
  return { point: { day: token.day, month: month.month, year: null }, end: at + 2 };
}

function resolveRun(items: Point[][], fallbackYear: number): ParsedDates | null {
  const points = items.flat();
  // Months and years flow right to left: "21-23 октября", "31 октября - 4 ноября 2025".
  let month: number | null = null;
  let year: number | null = null;
  const resolved = [...points].reverse().map((point) => {
    const explicitYear = point.year !== null;
    month = point.month ?? month;
    year = point.year ?? year;
    return { day: point.day, month, year: year ?? fallbackYear, explicitYear };
  }).reverse();
  if (resolved.some((point) => point.month === null)) return null;
  // A point that borrowed its year from a later one and names a later month belongs to the year
  // before ("29 декабря - 10 января 2026"); "5-3 октября" stays reversed, and invalid.
  for (let i = resolved.length - 2; i >= 0; i--) {
    const point = resolved[i];
    const next = resolved[i + 1];
    if (point && next && !point.explicitYear && point.year === next.year && (point.month ?? 0) > (next.month ?? 0)) point.year -= 1;
  }
  const dates = resolved.map((point) => calendarDate(point.year, point.month ?? 0, point.day));
  if (dates.some((date) => date === null)) return null;
  const valid = dates as Date[];
  // Inside each item the range must go forward.
  let position = 0;
  for (const item of items) {
    const start = valid[position];
    const end = valid[position + item.length - 1];
    if (!start || !end || end < start) return null;
    position += item.length;
  }
  const first = valid.reduce((a, b) => (b < a ? b : a));
  const last = valid.reduce((a, b) => (b > a ? b : a));
  const range = toRange(first, last, 'day');
  return range ? { range, separateDays: items.length > 1 } : null;
}
