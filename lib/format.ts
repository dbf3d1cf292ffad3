/**
 * Numbers and dates for display: Russian grouping (2 900), date-fns with the ru locale.
 */
import { format, parseISO } from 'date-fns';
import { ru } from 'date-fns/locale';
// The grammar module itself, not the i18n index: the Russian phrases format their numbers here.
import { nouns, plural, type PluralForms } from '@/lib/i18n/ru/grammar';
import { quarterLabel } from '@/lib/periods/labels';


const NUMBER = new Intl.NumberFormat('ru-RU');

export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** "70 мероприятий", "1 страна". */
export function formatCount(n: number, forms: PluralForms): string {
  return `${formatNumber(n)} ${plural(n, forms)}`;
}

export function formatEventCount(n: number): string {
  return formatCount(n, nouns.event);
}

/** Formatted date ranges by their inputs: a list repeats the same few dates, and date-fns' parse and format are the costly part of drawing a row. */
const dateRanges = new Map<string, string>();
const DATE_RANGES_KEPT = 5_000;

/** "21–23 октября 2025", "31 октября – 4 ноября 2025", "ноябрь 2025", "IV квартал 2025". */
export function formatDateRange(start: string | null, end: string | null, precision: string | null): string {
  if (!start) return '—';
  const key = `${start}|${end}|${precision}`;
  let text = dateRanges.get(key);
  if (text === undefined) {
    if (dateRanges.size >= DATE_RANGES_KEPT) dateRanges.clear();
    text = dateRangeText(start, end, precision);
    dateRanges.set(key, text);
  }
  return text;
}

function dateRangeText(start: string, end: string | null, precision: string | null): string {
  const from = parseISO(start);
  const to = parseISO(end ?? start);
  if (precision === 'quarter') return quarterLabel(from.getFullYear(), Math.floor(from.getMonth() / 3) + 1);
  if (precision === 'year') return String(from.getFullYear());
  if (precision === 'month') {
    const first = format(from, 'LLLL yyyy', { locale: ru });
    return start.slice(0, 7) === (end ?? start).slice(0, 7) ? first : `${format(from, 'LLLL', { locale: ru })} – ${format(to, 'LLLL yyyy', { locale: ru })}`;
  }
  if (start === end || !end) return format(from, 'd MMMM yyyy', { locale: ru });
  if (start.slice(0, 7) === end.slice(0, 7)) return `${format(from, 'd')}–${format(to, 'd MMMM yyyy', { locale: ru })}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${format(from, 'd MMMM', { locale: ru })} – ${format(to, 'd MMMM yyyy', { locale: ru })}`;
  return `${format(from, 'd MMMM yyyy', { locale: ru })} – ${format(to, 'd MMMM yyyy', { locale: ru })}`;
}

/** "12 мая 2026, 14:05" for an ISO timestamp. */
export function formatDateTime(iso: string): string {
  return format(parseISO(iso), 'd MMMM yyyy, HH:mm', { locale: ru });
}

const BYTE_UNITS = ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'];

/** "0 Б", "812 КБ", "1,4 МБ", "74 ГБ" (binary multiples, as disks are reported by the system). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat('ru-RU', { maximumFractionDigits: digits }).format(value)} ${BYTE_UNITS[unit]}`;
}
