/**
 * Parses the "dates" cell of a report row into an ISO range with a precision.
 *
 * The cell is normalised first (lib/ingest/normalise.ts; then lowercase, ё → е, every dash "-",
 * one space between words, "года"/"г."/"гг." after a year dropped, "с X по Y" / "с X до Y" read
 * as "X - Y", parentheses without digits dropped). Then, in this order:
 *
 * 1. Days (precision day). The cell is read as a run of date points — a day with a month word
 *    ("21 октября", "18 декабря 2025"), a numeric date ("30.10.2025", "10.03", "12.11.25"), or a
 *    bare day number that takes the month of the next point ("21-23 октября", "10-12.03.2025") —
 *    joined by dashes (a range) or by ",", ";", "и" (separate days). A point without a year takes
 *    the year of the next point that has one, else the report's year; a range whose start would
 *    then fall after its end starts a year earlier ("29 декабря - 10 января 2026").
 *      "21-23 октября 2025 года", "31 октября – 4 ноября 2025 года", "с 14 по 16 октября 2025 года",
 *      "30.10.2025", "10.03.2025–12.03.2025", "10.03–12.03.2025", "18 декабря\n2025 года"
 *    Separate days ("5 и 7 ноября", "5, 7 и 9 ноября", "30 октября, 5 и 7 ноября 2025 года") give
 *    the first and the last day and `separateDays: true` (the event gets the warning
 *    `dates_not_continuous`: the days between are not event days).
 * 2. Months (precision month): "ноябрь 2025 года", "в течение ноября", "июль–сентябрь 2025 года";
 *    without a year, the report's year.
 * 3. Quarters (precision quarter): "в течение III квартала 2025 года", "IV квартал 2025 г.",
 *    "IV квартал" (report's year); "в течение квартала", "в течение отчетного квартала" — the
 *    report's own quarter.
 * 4. Years (precision year): "в течение 2025 года"; "в течение года" — the report's year.
 * Nothing else is guessed: a cell naming no date gives null. Calendar-invalid dates ("31 ноября")
 * and ranges that end before they start give null too.
 */
import { endOfMonth, endOfQuarter, endOfYear, isValid } from 'date-fns';
import { normaliseForMatching } from './normalise';
import type { DatePrecision, DateRange, Period } from './types';

const MONTH_STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма[йяе]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const MONTH = `(?:${MONTH_STEMS.join('|')})[а-я]*`;
const MONTH_PREFIXES = MONTH_STEMS.map((stem) => new RegExp(`^${stem}`));
const YEAR = '(\\d{4})';
const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Days read from a dates cell; `separateDays` when it names days apart ("5 и 7 ноября"). */
export interface ParsedDates {
  range: DateRange | null;
  separateDays: boolean;
}

/** Returns the range named by a dates cell, or null when the cell names no date. */
export function parseDateRange(cell: string, fallback: Period): DateRange | null {
  return parseDates(cell, fallback).range;
}

export function parseDates(cell: string, fallback: Period): ParsedDates {
  const text = normaliseDateText(cell);
  const days = parseDayRun(text, fallback.year);
  // A cell that names days but not valid ones ("31 ноября", "5-3 октября") names no date.
  if (days !== undefined) return days ?? { range: null, separateDays: false };
  return { range: monthRange(text, fallback.year) ?? quarterRange(text, fallback) ?? yearRange(text, fallback.year), separateDays: false };
}

/** The first and last day of a report period. */
export function periodRange(period: Period): { start: string; end: string } {
  const start = new Date(period.year, (period.quarter - 1) * 3, 1);
  return { start: iso(start), end: iso(endOfQuarter(start)) };
}

/** Lowercase, one space between words, every dash a hyphen, "года"/"г." dropped after a year, "с X по Y" as "X - Y". */
export function normaliseDateText(cell: string): string {
  return normaliseForMatching(cell)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .replace(/\((?:[^()\d]*)\)/g, ' ')
    .replace(/(\d{4})\s*(?:года|году|гг?\.?)(?![а-я])/g, '$1')
    .replace(/(?<![а-я])(?:с|со)\s+(?=\d)/g, '')
    .replace(/(\d|[а-я]{3,})\s+(?:по|до)\s+(?=\d)/g, '$1 - ')
    .replace(/\s+/g, ' ')
    .trim();
}

/* --- 1. days ----------------------------------------------------------------------------- */

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
function parseDayRun(text: string, fallbackYear: number): ParsedDates | null | undefined {
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

/* --- 2-4. months, quarters, years --------------------------------------------------------- */

const MONTHS_PATTERN = new RegExp(`(?<![а-я])(${MONTH})(?:\\s+${YEAR})?(?:\\s*-\\s*(${MONTH}))?(?:\\s+${YEAR})?`);

function monthRange(text: string, fallbackYear: number): DateRange | null {
  const m = text.match(MONTHS_PATTERN);
  if (!m) return null;
  const endYear = m[4] ? num(m[4]) : m[2] ? num(m[2]) : fallbackYear;
  const startYear = m[2] ? num(m[2]) : endYear;
  const startMonth = monthIndex(m[1]);
  const endMonth = m[3] ? monthIndex(m[3]) : startMonth;
  const start = new Date(m[3] && !m[2] && startMonth > endMonth ? startYear - 1 : startYear, startMonth, 1);
  return toRange(start, endOfMonth(new Date(endYear, endMonth, 1)), 'month');
}

const NUMBERED_QUARTER = new RegExp(`(?<![а-я])(iv|iii|ii|i|[1-4])\\s*-?\\s*(?:[а-я]{0,3}\\s+)?квартал[а-я]*(?:\\s+${YEAR})?`);
const THIS_QUARTER = /(?:в течение|на протяжении)\s+(?:(?:всего|отчетного|текущего|данного)\s+)?квартала/;

function quarterRange(text: string, fallback: Period): DateRange | null {
  const numbered = text.match(NUMBERED_QUARTER);
  const quarter = numbered ? ROMAN_QUARTERS[numbered[1] ?? ''] : THIS_QUARTER.test(text) ? fallback.quarter : undefined;
  if (quarter === undefined) return null;
  const year = numbered?.[2] ? num(numbered[2]) : fallback.year;
  const start = new Date(year, (quarter - 1) * 3, 1);
  return toRange(start, endOfQuarter(start), 'quarter');
}

const YEAR_ONLY = new RegExp(`(?<![\\d.])${YEAR}(?!\\d|\\.\\d)`);
const THIS_YEAR = /(?:в течение|на протяжении)\s+(?:(?:всего|отчетного|текущего|данного)\s+)?года/;

function yearRange(text: string, fallbackYear: number): DateRange | null {
  const m = text.match(YEAR_ONLY);
  const year = m ? num(m[1]) : THIS_YEAR.test(text) ? fallbackYear : null;
  if (year === null) return null;
  const start = new Date(year, 0, 1);
  return toRange(start, endOfYear(start), 'year');
}

/* --- helpers ------------------------------------------------------------------------------- */

/** The date, or null when the day is not in that month's calendar (new Date() rolls 31 November over). */
function calendarDate(year: number, month: number, day: number): Date | null {
  if (month < 0 || month > 11) return null;
  const date = new Date(year, month, day);
  return date.getDate() === day && date.getMonth() === month ? date : null;
}

function toRange(start: Date, end: Date, precision: DatePrecision): DateRange | null {
  if (!isValid(start) || !isValid(end) || end < start) return null;
  return { startDate: iso(start), endDate: iso(end), precision };
}

function monthIndex(word: string | undefined): number {
  return MONTH_PREFIXES.findIndex((prefix) => prefix.test(word ?? ''));
}

function num(value: string | undefined): number {
  return Number(value);
}

/** yyyy-MM-dd in local time, as date-fns format() writes it, at a fraction of its cost. */
function iso(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

function pad(value: number, digits: number): string {
  return String(value).padStart(digits, '0');
}

/** "2025-Q3" for a date in July–September 2025. */
export function quarterKeyOf(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number);
  return `${year}-Q${Math.floor(((month ?? 1) - 1) / 3) + 1}`;
}
