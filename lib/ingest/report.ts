/**
 * Report-level facts: the period named in the title ("… в IV квартале 2025 года") and the
 * summary line that follows the table.
 */
import type { Period } from './types';

const QUARTER_NUMBERS: Record<string, Period['quarter']> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const QUARTER_IN_TITLE = /(?<![a-zа-я])(iv|iii|ii|i|[1-4])(?:-?[а-я]{1,3})?\s+квартал[а-я]*\s+(\d{4})/i;

/** The title lines without Word artefacts such as "[bookmark: _GoBack]", whitespace collapsed. */
export function parseTitle(preamble: string[]): string {
  return collapse(preamble.join(' ').replace(/\[bookmark:[^\]]*\]/g, ' '));
}

/** The year and quarter named in the title, or null when the title names none. */
export function parsePeriod(title: string): Period | null {
  const match = title.match(QUARTER_IN_TITLE);
  const quarter = QUARTER_NUMBERS[(match?.[1] ?? '').toLowerCase()];
  if (!match || !quarter) return null;
  return { year: Number(match[2]), quarter };
}

export function formatPeriodKey(period: Period): string {
  return `${period.year}-Q${period.quarter}`;
}

export function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
