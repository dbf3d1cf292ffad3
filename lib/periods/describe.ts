/**
 * Coverage said in words: what a page, a summary or an exported file prints next to figures that
 * do not rest on a report ("нет отчёта за III кв. 2025"). Pure: coverage and counts in, text out.
 */
import { formatEventCount } from '@/lib/format';
import { coverageText as t } from '@/lib/i18n/ru';
import { runsOf, type SpanCoverage } from './coverage';
import type { QuarterKey } from './keys';
import { reportPeriodShort, spanShort } from './labels';

/** "III кв. 2025", "I–II кв. 2025, IV кв. 2025": consecutive quarters joined into runs. */
export function quarterRuns(keys: QuarterKey[]): string {
  return runsOf(keys).map(spanShort).join(', ');
}

/** "нет отчёта за III кв. 2025" for the quarters of a span without their report; empty when none. */
export function missingPhrase(span: SpanCoverage): string {
  return span.missing.length > 0 ? t.missing(quarterRuns(span.missing)) : '';
}

/** "отчёта за IV кв. 2025", "отчётов за IV кв. 2025 и I кв. 2026". */
export function sourcesPhrase(reportKeys: string[]): string {
  return t.sources(reportKeys.map(reportPeriodShort));
}

/**
 * One line for a span that is not complete, or undefined when it is:
 * - empty:      "Нет загруженных отчётов за I–II кв. 2025."
 * - unreported: "За III кв. 2025 отчёт не загружен: известно только 15 мероприятий из отчёта за IV кв. 2025. Это не итоги периода."
 * - incomplete: "Данные неполные: нет отчёта за III кв. 2025."
 * `known`: the events the page counts in the span and the reports they come from.
 */
export function coverageNote(span: SpanCoverage, known?: { events: number; sources: string[] }): string | undefined {
  switch (span.status) {
    case 'complete':
      return undefined;
    case 'empty':
      return t.nothingLoaded(spanShort(span.span));
    case 'unreported':
      return known && known.events > 0
        ? t.unreported(quarterRuns(span.missing), formatEventCount(known.events), sourcesPhrase(known.sources))
        : t.nothingLoaded(spanShort(span.span));
    case 'incomplete':
      return t.incomplete(missingPhrase(span), '');
  }
}
