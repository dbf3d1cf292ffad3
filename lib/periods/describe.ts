/**
 * Coverage said in words: what a page, a summary or an exported file prints next to figures that
 * do not rest on a report ("нет отчёта за III кв. 2025"). Pure: coverage and counts in, text out.
 */
import { formatCount, formatEventCount, formatNumber } from '@/lib/format';
import { coverageText as t, plural, reportLineText as r, type PluralForms } from '@/lib/i18n/ru';
import { runsOf, type SpanCoverage } from './coverage';
import { quarterMonths, quartersCovered, type QuarterKey } from './keys';
import { forReportPeriodShort, monthAdjective, monthsGenitive, reportPeriodShort, spanShort } from './labels';

/** "III кв. 2025", "I–II кв. 2025, IV кв. 2025": consecutive quarters joined into runs. */
export function quarterRuns(keys: QuarterKey[]): string {
  return runsOf(keys).map(spanShort).join(', ');
}

/** "нет отчёта за III кв. 2025" for the quarters of a span without their report; empty when none. */
export function missingPhrase(span: SpanCoverage): string {
  return span.missing.length > 0 ? t.missing(quarterRuns(span.missing)) : '';
}

/** "отчёта за IV кв. 2025", "отчётов за IV кв. 2025 и I кв. 2026". */
function sourcesPhrase(reportKeys: string[]): string {
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

/** A report's rows by where they start (lib/queries/coverage.ts getReportBreakdown). */
export interface BreakdownInput {
  periodKey: string;
  rows: number;
  inPeriod: number;
  earlier: { month: string; rows: number }[];
  later: { month: string; rows: number }[];
  undated: number;
}

/**
 * "Отчёт за IV кв. 2025: 70 строк — 55 мероприятий октября–декабря и 15 сентябрьских, сообщённых
 * с опозданием." Undefined when every row starts inside the report's own period (nothing to explain).
 */
export function reportBreakdownLine(breakdown: BreakdownInput): string | undefined {
  if (breakdown.inPeriod === breakdown.rows) return undefined;
  const quarters = quartersCovered(breakdown.periodKey);
  const year = Number(breakdown.periodKey.slice(0, 4));
  const first = quarterMonths(quarters[0] ?? '')[0];
  const last = quarterMonths(quarters.at(-1) ?? '')[2];
  const parts = [
    breakdown.inPeriod > 0 ? `${formatEventCount(breakdown.inPeriod)} ${monthsGenitive(first, last)}` : '',
    monthsPart(breakdown.earlier, year, r.reported, r.late),
    monthsPart(breakdown.later, year, r.stated, r.early),
    breakdown.undated > 0 ? formatCount(breakdown.undated, r.undated) : '',
  ].filter(Boolean);
  return r.line(forReportPeriodShort(breakdown.periodKey), formatCount(breakdown.rows, r.rows), joinAnd(parts));
}

/** "15 сентябрьских, сообщённых с опозданием" (one month) or "4 мероприятия июля–августа 2024 года, сообщённых с опозданием". */
function monthsPart(months: { month: string; rows: number }[], reportYear: number, participle: PluralForms, how: string): string {
  const rows = months.reduce((sum, month) => sum + month.rows, 0);
  if (rows === 0) return '';
  const firstMonth = months[0]!.month;
  const lastMonth = months.at(-1)!.month;
  const year = Number(firstMonth.slice(0, 4));
  const sameYear = year === reportYear && Number(lastMonth.slice(0, 4)) === reportYear;
  const tail = `${plural(rows, participle)} ${how}`;
  if (firstMonth === lastMonth && sameYear) return `${formatNumber(rows)} ${monthAdjective(Number(firstMonth.slice(5, 7)), rows)}, ${tail}`;
  const span = monthsGenitive(Number(firstMonth.slice(5, 7)), Number(lastMonth.slice(5, 7)), sameYear ? undefined : year);
  return `${formatEventCount(rows)} ${span}, ${tail}`;
}

/** "Мероприятия III кв. 2025: 4 — из отчёта за III кв. 2025, 15 — из отчёта за IV кв. 2025." — only when several reports supply them. */
export function sourcesLine(periodLabel: string, sources: { periodKey: string; events: number }[]): string | undefined {
  if (sources.length < 2) return undefined;
  return r.sources(periodLabel, sources.map((source) => r.source(formatNumber(source.events), forReportPeriodShort(source.periodKey))).join(', '));
}

function joinAnd(parts: string[]): string {
  if (parts.length < 2) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${r.and} ${parts.at(-1)}`;
}
