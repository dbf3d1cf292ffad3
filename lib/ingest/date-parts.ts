/**
 * Calendar pieces the date parsers share: month words, calendar-checked dates, ISO ranges.
 */
import { isValid } from 'date-fns';
import type { DatePrecision, DateRange } from './types';

const MONTH_STEMS = ['январ', 'феврал', 'март', 'апрел', 'ма[йяе]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
/** Any form of a month's name ("октября", "ноябрь", "мае"). */
export const MONTH = `(?:${MONTH_STEMS.join('|')})[а-я]*`;
const MONTH_PREFIXES = MONTH_STEMS.map((stem) => new RegExp(`^${stem}`));

/** The date, or null when the day is not in that month's calendar (new Date() rolls 31 November over). */
export function calendarDate(year: number, month: number, day: number): Date | null {
  if (month < 0 || month > 11) return null;
  const date = new Date(year, month, day);
  return date.getDate() === day && date.getMonth() === month ? date : null;
}

export function toRange(start: Date, end: Date, precision: DatePrecision): DateRange | null {
  if (!isValid(start) || !isValid(end) || end < start) return null;
  return { startDate: iso(start), endDate: iso(end), precision };
}

export function monthIndex(word: string | undefined): number {
  return MONTH_PREFIXES.findIndex((prefix) => prefix.test(word ?? ''));
}

export function num(value: string | undefined): number {
  return Number(value);
}

/** yyyy-MM-dd in local time, as date-fns format() writes it, at a fraction of its cost. */
export function iso(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

function pad(value: number, digits: number): string {
  return String(value).padStart(digits, '0');
}
