/**
 * Parses the "dates" cell of a report row into an ISO range with a precision.
 *
 * Forms met in Russian reports (line breaks and the year word "года"/"г." anywhere; hyphen,
 * en dash, em dash or minus, with or without spaces):
 *   "21-23 октября 2025 года", "31 октября – 4 ноября 2025 года", "29 декабря 2025 – 10 января 2026",
 *   "18 декабря\n2025 года", "30.10.2025", "30.10.2025 – 01.11.2025"            → precision day
 *   "ноябрь 2025 года", "июль–сентябрь 2025 года"                                → precision month
 *   "в течение III квартала 2025 года", "IV квартал 2025 г."                     → precision quarter
 *   "в течение 2025 года"                                                          → precision year
 * A missing year is taken from the report's period.
 */
import { endOfMonth, endOfQuarter, endOfYear, isValid } from 'date-fns';
import { periodQuarters } from './report';
import type { DatePrecision, DateRange, Period } from './types';

const MONTH_STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма[йяе]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const MONTH = `(${MONTH_STEMS.join('|')})[а-я]*`;
const MONTH_PREFIXES = MONTH_STEMS.map((stem) => new RegExp(`^${stem}`));
const YEAR = '(\\d{4})';
const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

interface DatePattern {
  regex: RegExp;
  toRange: (m: RegExpMatchArray, fallbackYear: number) => DateRange | null;
}

const PATTERNS: DatePattern[] = [
  {
    // 30.10.2025 - 01.11.2025 | 30.10.2025
    regex: /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*-\s*(\d{1,2})\.(\d{1,2})\.(\d{4}))?/,
    toRange: (m) =>
      dayRange(num(m[3]), num(m[2]) - 1, num(m[1]), num(m[6] ?? m[3]), num(m[5] ?? m[2]) - 1, num(m[4] ?? m[1])),
  },
  {
    // 31 октября [2025] - 4 ноября 2025 | 21-23 октября 2025 | 18 декабря 2025
    regex: new RegExp(`(?<!\\d)(\\d{1,2})(?:\\s+${MONTH})?(?:\\s+${YEAR})?\\s*-\\s*(\\d{1,2})\\s+${MONTH}(?:\\s+${YEAR})?`),
    toRange: (m, fallbackYear) => {
      const endYear = m[6] ? num(m[6]) : fallbackYear;
      const endMonth = monthIndex(m[5]);
      const startMonth = m[2] ? monthIndex(m[2]) : endMonth;
      const startYear = m[3] ? num(m[3]) : startMonth > endMonth ? endYear - 1 : endYear;
      return dayRange(startYear, startMonth, num(m[1]), endYear, endMonth, num(m[4]));
    },
  },
  {
    regex: new RegExp(`(?<!\\d)(\\d{1,2})\\s+${MONTH}(?:\\s+${YEAR})?`),
    toRange: (m, fallbackYear) => {
      const year = m[3] ? num(m[3]) : fallbackYear;
      return dayRange(year, monthIndex(m[2]), num(m[1]), year, monthIndex(m[2]), num(m[1]));
    },
  },
  {
    // июль - сентябрь 2025 | ноябрь 2025
    regex: new RegExp(`${MONTH}(?:\\s+${YEAR})?(?:\\s*-\\s*${MONTH})?\\s+${YEAR}`),
    toRange: (m) => {
      const endYear = num(m[4]);
      const startYear = m[2] ? num(m[2]) : endYear;
      const start = new Date(startYear, monthIndex(m[1]), 1);
      const end = endOfMonth(new Date(endYear, monthIndex(m[3] ?? m[1]), 1));
      return range(start, end, 'month');
    },
  },
  {
    regex: new RegExp(`(?<![а-я])(iv|iii|ii|i|[1-4])\\s*-?\\s*(?:[а-я]{0,3}\\s+)?квартал[а-я]*\\s+${YEAR}`),
    toRange: (m) => {
      const start = new Date(num(m[2]), ((ROMAN_QUARTERS[m[1] ?? ''] ?? 1) - 1) * 3, 1);
      return range(start, endOfQuarter(start), 'quarter');
    },
  },
  {
    regex: new RegExp(`(?<![\\d.])${YEAR}(?![\\d.])`),
    toRange: (m) => {
      const start = new Date(num(m[1]), 0, 1);
      return range(start, endOfYear(start), 'year');
    },
  },
];

/** Returns the range named by a dates cell, or null when the cell names no date. */
export function parseDateRange(cell: string, fallback: Period): DateRange | null {
  const text = normaliseDateText(cell);
  for (const { regex, toRange } of PATTERNS) {
    const match = text.match(regex);
    if (match) return toRange(match, fallback.year);
  }
  return null;
}

/** The first and last day of a report period: its first quarter's first day, its last quarter's last. */
export function periodRange(period: Period): { start: string; end: string } {
  const [first, last] = periodQuarters(period);
  const start = new Date(period.year, (first - 1) * 3, 1);
  return { start: iso(start), end: iso(endOfQuarter(new Date(period.year, (last - 1) * 3, 1))) };
}

/** Lowercase, one space between words, every dash a hyphen, "года"/"г." dropped after a year. */
function normaliseDateText(cell: string): string {
  return cell
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u2009\u202f]+/g, ' ')
    .replace(/(\d{4})\s*(?:года|гг?\.)/g, '$1')
    .trim();
}

function dayRange(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): DateRange | null {
  const start = new Date(y1, m1, d1);
  const end = new Date(y2, m2, d2);
  // new Date() rolls 31 November over to 1 December: such a date is not in the calendar.
  if (start.getDate() !== d1 || end.getDate() !== d2) return null;
  return range(start, end, 'day');
}

function range(start: Date, end: Date, precision: DatePrecision): DateRange | null {
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
