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
import { endOfMonth, endOfQuarter, endOfYear } from 'date-fns';
import { iso, MONTH, monthIndex, num, toRange } from './date-parts';
import { parseDayRun, type ParsedDates } from './date-days';
import { normaliseForMatching } from './normalise';
import { periodQuarters } from './report';
import type { DateRange, Period } from './types';

export type { ParsedDates } from './date-days';

const YEAR = '(\\d{4})';
const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

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

/** The first and last day of a report period: its first quarter's first day, its last quarter's last. */
export function periodRange(period: Period): { start: string; end: string } {
  const [first, last] = periodQuarters(period);
  const start = new Date(period.year, (first - 1) * 3, 1);
  return { start: iso(start), end: iso(endOfQuarter(new Date(period.year, (last - 1) * 3, 1))) };
}

/** Lowercase, one space between words, every dash a hyphen, "года"/"г." dropped after a year, "с X по Y" as "X - Y". */
function normaliseDateText(cell: string): string {
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
  const quarter = numbered ? ROMAN_QUARTERS[numbered[1] ?? ''] : THIS_QUARTER.test(text) && fallback.kind === 'quarter' ? fallback.part : undefined;
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

/** "2025-Q3" for a date in July–September 2025. */
export function quarterKeyOf(isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number);
  return `${year}-Q${Math.floor(((month ?? 1) - 1) / 3) + 1}`;
}
