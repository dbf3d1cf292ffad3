/**
 * Report-level facts: the period named in the title and the summary line that follows the table.
 *
 * Period wordings understood (any case, Roman or Arabic numerals, "г."/"года"):
 * - a quarter: "в IV квартале 2025 года", "за II квартал 2024 года", "1 квартал 2026 г.",
 *   "за 2-й квартал", "в первом квартале 2025 года";
 * - a half-year: "за I полугодие 2025 года", "за первое полугодие", "во 2-м полугодии";
 * - nine months: "за 9 месяцев 2025 года", "за девять месяцев";
 * - a year: "за 2025 год", "в 2025 году".
 * The title may open with "Отчет о …", "Информация о …" or anything else.
 */
import type { Period } from './types';

const ORDINALS: Record<string, number> = {
  i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4,
  перв: 1, втор: 2, трет: 3, четверт: 4,
};
const PART = '(iv|iii|ii|i|[1-4]|перв|втор|трет|четв[её]рт)(?:-?[а-я]{0,3})?';
const YEAR = '(\\d{4})\\s*(?:г\\.|год[а-я]*)?';
const QUARTER = new RegExp(`(?<![a-zа-яё])${PART}[а-яё]*\\s+квартал[а-я]*\\s+(?:текущего\\s+)?${YEAR}`, 'iu');
const HALF = new RegExp(`(?<![a-zа-яё])${PART}[а-яё]*\\s+полугоди[а-я]*\\s+${YEAR}`, 'iu');
const NINE_MONTHS = /(?<![a-zа-яё\d])(?:9|девять)\s+месяц[а-я]*\s+(\d{4})/iu;
const WHOLE_YEAR = /(?<![a-zа-яё])(?:за|в)\s+(\d{4})\s*(?:г\.|год[а-я]*)(?!\s*[-–—])/iu;

/** The title lines without Word artefacts such as "[bookmark: _GoBack]", whitespace collapsed. */
export function parseTitle(preamble: string[]): string {
  return collapse(preamble.join(' ').replace(/\[bookmark:[^\]]*\]/g, ' '));
}

/** The span named in the title, or null when the title names none. */
export function parsePeriod(title: string): Period | null {
  const quarter = QUARTER.exec(title);
  const part = ordinal(quarter?.[1]);
  if (quarter && part) return { year: Number(quarter[2]), kind: 'quarter', part };
  const half = HALF.exec(title);
  const halfPart = ordinal(half?.[1]);
  if (half && halfPart && halfPart <= 2) return { year: Number(half[2]), kind: 'half', part: halfPart };
  const nine = NINE_MONTHS.exec(title);
  if (nine) return { year: Number(nine[1]), kind: 'nine_months', part: 0 };
  const year = WHOLE_YEAR.exec(title);
  if (year) return { year: Number(year[1]), kind: 'year', part: 0 };
  return null;
}

function ordinal(word: string | undefined): number | undefined {
  if (!word) return undefined;
  return ORDINALS[word.toLowerCase().replace(/ё/g, 'е')];
}

/** "2025-Q4", "2025-H1", "2025-9M", "2025-Y". */
export function formatPeriodKey(period: Period): string {
  if (period.kind === 'quarter') return `${period.year}-Q${period.part}`;
  if (period.kind === 'half') return `${period.year}-H${period.part}`;
  return period.kind === 'nine_months' ? `${period.year}-9M` : `${period.year}-Y`;
}

/** The first and last quarter (1–4) the period covers. */
export function periodQuarters(period: Period): [number, number] {
  if (period.kind === 'quarter') return [period.part, period.part];
  if (period.kind === 'half') return period.part === 1 ? [1, 2] : [3, 4];
  return period.kind === 'nine_months' ? [1, 3] : [1, 4];
}

export function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function quarterPeriod(year: number, quarter: number): Period {
  return { year, kind: 'quarter', part: quarter };
}
