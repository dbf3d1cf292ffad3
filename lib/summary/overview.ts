/**
 * The overview's short text summary, built from the same query results as its charts, so the text
 * and the figures never disagree. Pure: figures in, one Russian paragraph out.
 */
import type { Filters } from '@/lib/filters/filters';
import { formatNumber } from '@/lib/format';
import { nouns, plural, summaryText as t, type PluralForms } from '@/lib/i18n/ru';
import { forReportPeriod, inSpan, reportPeriodOfYear } from '@/lib/periods';

/**
 * The period the summary speaks of: one quarter, a range of quarters, everything loaded, or one
 * report as it stated its rows (which may start before its own quarter).
 */
export type SummaryPeriod =
  | { kind: 'quarter'; key: string }
  | { kind: 'report'; key: string }
  | { kind: 'range'; from?: string; to?: string }
  | { kind: 'all'; reports: string[] };

export interface SummaryFigures {
  events: number;
  smeParticipations: number;
  eventsWithSme: number;
  foreignParticipants: number;
  eventsWithForeignCount: number;
  documentsSigned: number;
  abroad: number;
  remote: number;
}

export interface SummaryInput {
  period: SummaryPeriod;
  /**
   * The report coverage of the period (lib/queries/coverage.ts getFilterCoverage): with nothing
   * loaded, or only rows of other reports, the summary is that one line (not "0 мероприятий"); with
   * some quarters missing, the opening sentence names them.
   */
  coverage?: { status: string; note?: string; missing?: string };
  /** Filters other than the period are active: the text says so. */
  filtered: boolean;
  figures: SummaryFigures;
  /** Ranked, most events first. */
  topCountries: { nameRu: string; events: number }[];
  spheres: { shortLabel: string; events: number }[];
}

const TOP_COUNTRIES = 3;
const TOP_SPHERES = 3;

/** A chosen report is that report's rows; one quarter in from/to is "one quarter"; from/to make a range; otherwise all data. */
export function summaryPeriod(filters: Filters, reports: string[]): SummaryPeriod {
  if (filters.report) return { kind: 'report', key: filters.report };
  if (filters.from && filters.from === filters.to) return { kind: 'quarter', key: filters.from };
  if (filters.from || filters.to) return { kind: 'range', from: filters.from, to: filters.to };
  return { kind: 'all', reports };
}

export function buildOverviewSummary(input: SummaryInput): string {
  const { coverage } = input;
  if (coverage?.note && (coverage.status === 'empty' || coverage.status === 'unreported')) return coverage.note;
  const opening = [periodPhrase(input.period), input.filtered ? t.filtered : ''].filter(Boolean).join(' ');
  if (input.figures.events === 0) return `${capitalize(opening)} ${t.noEvents}`;
  const mark = coverage?.missing ? ` (${coverage.missing})` : '';
  const sentences = [`${capitalize(opening)} ${mainClause(input)}${mark}.`, ...figureSentences(input.figures)];
  return sentences.join(' ');
}

function mainClause({ period, figures, topCountries, spheres }: SummaryInput): string {
  const active = spheres.filter((sphere) => sphere.events > 0);
  const parts = [`${period.kind === 'report' ? t.stated : t.held} ${count(figures.events, nouns.event)} в ${count(active.length, t.inSpheres)}`];
  if (topCountries.length > 0) parts.push(`${t.partners}: ${ranked(topCountries.slice(0, TOP_COUNTRIES), (c) => c.nameRu)}`);
  if (active.length > 1) {
    const top = [...active].sort((a, b) => b.events - a.events).slice(0, TOP_SPHERES);
    parts.push(`${t.spheres}: ${ranked(top, (s) => s.shortLabel)}`);
  }
  return parts.join('; ');
}

function figureSentences(figures: SummaryFigures): string[] {
  const sentences: string[] = [];
  if (figures.eventsWithSme > 0) {
    sentences.push(`${t.sme}: ${formatNumber(figures.smeParticipations)} (в ${count(figures.eventsWithSme, t.eventsPrepositional)}).`);
  }
  if (figures.eventsWithForeignCount > 0) {
    sentences.push(`${t.foreign}: ${formatNumber(figures.foreignParticipants)} (${t.byDataOf} ${count(figures.eventsWithForeignCount, t.eventsGenitive)}).`);
  }
  if (figures.documentsSigned > 0) sentences.push(`${t.documents}: ${formatNumber(figures.documentsSigned)}.`);
  if (figures.abroad > 0 || figures.remote > 0) {
    sentences.push(`${t.abroad}: ${formatNumber(figures.abroad)}, ${t.remote}: ${formatNumber(figures.remote)}.`);
  }
  return sentences;
}

export function periodPhrase(period: SummaryPeriod): string {
  if (period.kind === 'quarter') return inSpan(period.key, period.key);
  if (period.kind === 'report') return t.inReport(forReportPeriod(period.key));
  if (period.kind === 'all') {
    return period.reports.length === 0 ? t.noReports : t.allReports(period.reports.map(reportPeriodOfYear).join(', '));
  }
  return inSpan(period.from, period.to) || t.noReports;
}

/** "Беларусь (50), Узбекистан (6)": a name and a number in brackets need no case agreement. */
export function ranked<T extends { events: number }>(items: T[], name: (item: T) => string): string {
  return items.map((item) => `${name(item)} (${formatNumber(item.events)})`).join(', ');
}

export function count(n: number, forms: PluralForms): string {
  return `${formatNumber(n)} ${plural(n, forms)}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
