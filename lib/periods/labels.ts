/**
 * Quarters and report periods in Russian: every label, phrase and month form the pages, summaries
 * and exports use for a period. One formatter per form, all here:
 *
 * | function            | "2025-Q4"                  | a span or another period                         |
 * | ------------------- | -------------------------- | ------------------------------------------------ |
 * | quarterName         | IV квартал 2025            |                                                  |
 * | quarterShort        | IV кв. 2025                |                                                  |
 * | quarterFormal       | IV квартал 2025 г.         | (exports)                                        |
 * | spanShort           | IV кв. 2025                | III–IV кв. 2025 · IV кв. 2024 – I кв. 2025 · 2025 год |
 * | inSpan              | в IV квартале 2025 года    | в III–IV кварталах 2025 года · в 2025 году       |
 * | reportPeriodName    | IV квартал 2025            | I полугодие 2025 · 9 месяцев 2025 · 2025 год     |
 * | reportPeriodShort   | IV кв. 2025                | I пол. 2025 · 9 мес. 2025 · 2025 год             |
 * | reportPeriodFormal  | IV квартал 2025 г.         | I полугодие 2025 г. · 2025 г.                    |
 * | reportPeriodOfYear  | IV квартал 2025 года       | I полугодие 2025 года · 2025 год                 |
 * | forReportPeriod     | за IV квартал 2025 года    | за I полугодие 2025 года · за 2025 год           |
 */
import { parseQuarterKey, parseReportPeriod, type QuarterSpan } from './keys';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

const roman = (n: number) => ROMAN[n - 1] ?? String(n);

/** "IV квартал 2025" */
export function quarterLabel(year: number, quarter: number): string {
  return `${roman(quarter)} квартал ${year}`;
}

/** "IV кв. 2025" for chart axes, pickers and chips. */
function quarterShortLabel(year: number, quarter: number): string {
  return `${roman(quarter)} кв. ${year}`;
}

/** "в IV квартале 2025 года" */
export function inQuarter(year: number, quarter: number): string {
  return `в ${roman(quarter)} квартале ${year} года`;
}

export function quarterName(key: string): string {
  const { year, quarter } = parseQuarterKey(key);
  return quarterLabel(year, quarter);
}

export function quarterShort(key: string): string {
  const { year, quarter } = parseQuarterKey(key);
  return quarterShortLabel(year, quarter);
}

/** "IV квартал 2025 г." — subtitles and source lines of exported files. */
export function quarterFormal(key: string): string {
  return `${quarterName(key)} г.`;
}

/** "IV кв. 2025", "III–IV кв. 2025", "IV кв. 2024 – I кв. 2025", "2025 год". */
export function spanShort(span: QuarterSpan): string {
  const from = parseQuarterKey(span.from);
  const to = parseQuarterKey(span.to);
  if (span.from === span.to) return quarterShortLabel(from.year, from.quarter);
  if (from.year === to.year) return from.quarter === 1 && to.quarter === 4 ? `${from.year} год` : `${roman(from.quarter)}–${quarterShortLabel(to.year, to.quarter)}`;
  return `${quarterShortLabel(from.year, from.quarter)} – ${quarterShortLabel(to.year, to.quarter)}`;
}

/** A span with open ends: "с III кв. 2025", "по IV кв. 2025", or spanShort when both ends are set. */
export function openSpanShort(from: string | undefined, to: string | undefined): string {
  if (from && to) return spanShort({ from, to } as QuarterSpan);
  if (from) return `с ${quarterShort(from)}`;
  return to ? `по ${quarterShort(to)}` : '';
}

/**
 * The period as the circumstance of a sentence: "в IV квартале 2025 года", "в III–IV кварталах
 * 2025 года", "с IV квартала 2024 года по I квартал 2025 года", "в 2025 году"; with an open end
 * "начиная с III квартала 2025 года", "по III квартал 2025 года включительно".
 */
export function inSpan(from: string | undefined, to: string | undefined): string {
  if (from && to) {
    const a = parseQuarterKey(from);
    const b = parseQuarterKey(to);
    if (from === to) return inQuarter(a.year, a.quarter);
    if (a.year === b.year) return a.quarter === 1 && b.quarter === 4 ? `в ${a.year} году` : `в ${roman(a.quarter)}–${roman(b.quarter)} кварталах ${a.year} года`;
    return `с ${roman(a.quarter)} квартала ${a.year} года по ${roman(b.quarter)} квартал ${b.year} года`;
  }
  if (from) {
    const a = parseQuarterKey(from);
    return `начиная с ${roman(a.quarter)} квартала ${a.year} года`;
  }
  if (to) {
    const b = parseQuarterKey(to);
    return `по ${roman(b.quarter)} квартал ${b.year} года включительно`;
  }
  return '';
}

/* --- Report periods --- */

/** "IV квартал 2025", "I полугодие 2025", "9 месяцев 2025", "2025 год"; the key itself when unknown. */
export function reportPeriodName(key: string): string {
  const period = parseReportPeriod(key);
  if (!period) return key;
  switch (period.kind) {
    case 'quarter':
      return quarterLabel(period.year, period.part ?? 1);
    case 'half':
      return `${roman(period.part ?? 1)} полугодие ${period.year}`;
    case 'nine_months':
      return `9 месяцев ${period.year}`;
    case 'year':
      return `${period.year} год`;
  }
}

/** "IV квартал 2025 года", "I полугодие 2025 года", "2025 год" — in a list after a colon or in brackets. */
export function reportPeriodOfYear(key: string): string {
  const period = parseReportPeriod(key);
  return period?.kind === 'year' ? reportPeriodName(key) : `${reportPeriodName(key)} года`;
}

/** "IV кв. 2025", "I пол. 2025", "9 мес. 2025", "2025 год". */
export function reportPeriodShort(key: string): string {
  const period = parseReportPeriod(key);
  if (!period) return key;
  switch (period.kind) {
    case 'quarter':
      return quarterShortLabel(period.year, period.part ?? 1);
    case 'half':
      return `${roman(period.part ?? 1)} пол. ${period.year}`;
    case 'nine_months':
      return `9 мес. ${period.year}`;
    case 'year':
      return `${period.year} год`;
  }
}

/** "IV квартал 2025 г.", "I полугодие 2025 г.", "2025 г." — exported files. */
export function reportPeriodFormal(key: string): string {
  const period = parseReportPeriod(key);
  if (!period) return key;
  return period.kind === 'year' ? `${period.year} г.` : `${reportPeriodName(key)} г.`;
}

/** "за IV квартал 2025 года", "за I полугодие 2025 года", "за 9 месяцев 2025 года", "за 2025 год". */
export function forReportPeriod(key: string): string {
  const period = parseReportPeriod(key);
  if (!period) return `за ${key}`;
  return period.kind === 'year' ? `за ${period.year} год` : `за ${reportPeriodName(key)} года`;
}

/** "за IV кв. 2025", "за I пол. 2025", "за 2025 год" — short, for tables and lines. */
export function forReportPeriodShort(key: string): string {
  return `за ${reportPeriodShort(key)}`;
}

/* --- Months --- */

const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'] as const;
const MONTH_ADJECTIVE_STEMS = ['январск', 'февральск', 'мартовск', 'апрельск', 'майск', 'июньск', 'июльск', 'августовск', 'сентябрьск', 'октябрьск', 'ноябрьск', 'декабрьск'] as const;

/** "сентября", "октября–декабря" (months 1–12), with the year when given: "декабря 2024 года". */
export function monthsGenitive(first: number, last: number, year?: number): string {
  const months = first === last ? MONTHS_GENITIVE[first - 1] : `${MONTHS_GENITIVE[first - 1]}–${MONTHS_GENITIVE[last - 1]}`;
  return year === undefined ? `${months}` : `${months} ${year} года`;
}

/** Adjective of a month agreeing with a count of events: 1 "сентябрьское", 2 and more "сентябрьских". */
export function monthAdjective(month: number, count: number): string {
  const stem = MONTH_ADJECTIVE_STEMS[month - 1] ?? '';
  const lastTwo = count % 100;
  return count % 10 === 1 && lastTwo !== 11 ? `${stem}ое` : `${stem}их`;
}
