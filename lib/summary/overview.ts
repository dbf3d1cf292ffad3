/**
 * The overview's short text summary, built from the same query results as its figures, so the text
 * and the figures never disagree. Pure: figures in, one Russian paragraph out.
 *
 * It leads with the three things a governor says first: how many events and how that compares with
 * the previous quarter that has its report; the main partners; SME participation and signed
 * documents. Then spheres, foreign participants (in the region / elsewhere), abroad and remote.
 * Rules that keep it from misleading:
 * - every sentence names its scope when filters other than the period are active ("Среди
 *   мероприятий с Узбекистаном …"), so a sentence copied alone still says what it is about;
 * - a ranking never lists ties at the bottom and never splits a tie at its cut (leaders.ts);
 * - a dimension filtered to one value is not ranked (no "основные страны-партнёры: Эстония (1)");
 * - a period without its report says so instead of counting zeros.
 */
import type { Filters } from '@/lib/filters/filters';
import { formatCount, formatNumber } from '@/lib/format';
import { nouns, summaryText as t } from '@/lib/i18n/ru';
import { forReportPeriod, inSpan, reportPeriodList, reportPeriodOfYear } from '@/lib/periods';
import { leaders } from './leaders';

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
  partnerCountries?: number;
  smeParticipations: number;
  eventsWithSme: number;
  foreignParticipants: number;
  eventsWithForeignCount: number;
  foreignInRegion?: number;
  eventsWithForeignInRegion?: number;
  foreignElsewhere?: number;
  eventsWithForeignElsewhere?: number;
  documentsSigned: number;
  abroad: number;
  remote: number;
}

/** The previous period with its report, for the change in the opening sentence. */
interface SummaryBaseline {
  /** "в III квартале 2025 года" */
  phrase: string;
  events: number;
}

export interface SummaryInput {
  period: SummaryPeriod;
  /**
   * The report coverage of the period (lib/queries/coverage.ts getFilterCoverage): with nothing
   * loaded, or only rows of other reports, the summary is that one line (not "0 мероприятий"); with
   * some quarters missing, the opening sentence names them.
   */
  coverage?: { status: string; note?: string; missing?: string };
  /** "среди мероприятий с Узбекистаном" (scope.ts); empty without filters other than the period. */
  scope?: string;
  /** Dimensions filtered to one value: not ranked. */
  single?: { country: boolean; sphere: boolean };
  /** Filters other than the period are active, but no scope phrase was given: the text says so. */
  filtered?: boolean;
  figures: SummaryFigures;
  /** The change against this period opens the summary; `baselineMissing` says why there is none. */
  baseline?: SummaryBaseline;
  baselineMissing?: string;
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
  const scope = input.scope || (input.filtered ? t.filtered : '');
  const lead = leadSentence(input, scope);
  if (input.figures.events === 0) return lead;
  return [lead, partnersSentence(input, scope), smeSentence(input.figures, scope), spheresSentence(input, scope), ...otherSentences(input.figures, scope)]
    .filter(Boolean)
    .join(' ');
}

/** "Среди мероприятий с Узбекистаном в IV квартале 2025 года проведено 6 мероприятий — на 2 больше, чем в III квартале 2025 года (4)." */
function leadSentence(input: SummaryInput, scope: string): string {
  const opening = [scope, periodPhrase(input.period)].filter(Boolean).join(' ');
  const { events } = input.figures;
  if (events === 0) return `${capitalize(opening)} ${t.noEvents}`;
  const verb = input.period.kind === 'report' ? t.stated : t.held;
  const mark = input.coverage?.missing ? ` (${input.coverage.missing})` : '';
  return `${capitalize(opening)} ${verb} ${formatCount(events, nouns.event)}${mark}${change(input)}.`;
}

function change({ figures, baseline, baselineMissing }: SummaryInput): string {
  if (baseline) {
    const diff = figures.events - baseline.events;
    if (diff > 0) return ` — ${t.more(formatNumber(diff), baseline.phrase, formatNumber(baseline.events))}`;
    if (diff < 0) return ` — ${t.fewer(formatNumber(-diff), baseline.phrase, formatNumber(baseline.events))}`;
    return ` — ${t.same(baseline.phrase)}`;
  }
  return baselineMissing ? `; ${t.noBaseline(baselineMissing)}` : '';
}

/** "Основные страны-партнёры: Беларусь (39), Узбекистан (6), КНР (4); всего стран-партнёров — 17." */
function partnersSentence({ topCountries, single, figures }: SummaryInput, scope: string): string {
  if (single?.country) return '';
  const top = leaders(topCountries, (country) => country.events, TOP_COUNTRIES);
  const total = figures.partnerCountries;
  const parts = [top.length > 0 ? `${t.partners}: ${ranked(top, (country) => country.nameRu)}` : '', total ? t.partnersTotal(formatNumber(total)) : ''].filter(Boolean);
  return parts.length > 0 ? sentence(scope, parts.join('; ')) : '';
}

/** "Субъекты МСП участвовали в 10 мероприятиях из 55 (18 %), участий — 187; подписано документов: 2." */
function smeSentence(figures: SummaryFigures, scope: string): string {
  const parts = [
    figures.eventsWithSme > 0 ? t.smeShare(formatCount(figures.eventsWithSme, t.eventsPrepositional), formatNumber(figures.events), smeShare(figures), formatNumber(figures.smeParticipations)) : '',
    figures.documentsSigned > 0 ? `${t.documentsLower}: ${formatNumber(figures.documentsSigned)}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? sentence(scope, parts.join('; ')) : '';
}

/** Whole percent of events with SMEs. */
function smeShare(figures: { events: number; eventsWithSme: number }): string {
  return figures.events > 0 ? `${Math.round((figures.eventsWithSme / figures.events) * 100)} %` : '—';
}

function spheresSentence({ spheres, single }: SummaryInput, scope: string): string {
  if (single?.sphere) return '';
  const active = spheres.filter((sphere) => sphere.events > 0);
  if (active.length < 2) return '';
  const top = leaders(active, (sphere) => sphere.events, TOP_SPHERES);
  return top.length > 0 ? sentence(scope, `${t.spheres}: ${ranked(top, (sphere) => sphere.shortLabel)}`) : '';
}

/** Foreign participants split by where the event was (README: "Foreign participants"), then abroad / remote. */
function otherSentences(figures: SummaryFigures, scope: string): string[] {
  const inRegion = figures.eventsWithForeignInRegion ?? 0;
  const elsewhere = figures.eventsWithForeignElsewhere ?? 0;
  const foreign = [
    inRegion > 0 ? t.foreignInRegion(formatNumber(figures.foreignInRegion ?? 0), formatCount(inRegion, nouns.eventGenitive)) : '',
    elsewhere > 0 ? t.foreignElsewhere(formatNumber(figures.foreignElsewhere ?? 0), formatCount(elsewhere, nouns.eventGenitive)) : '',
  ].filter(Boolean);
  return [
    foreign.length > 0 ? sentence(scope, foreign.join('; ')) : '',
    figures.abroad > 0 || figures.remote > 0 ? sentence(scope, `${t.abroadLower}: ${formatNumber(figures.abroad)}, ${t.remote}: ${formatNumber(figures.remote)}`) : '',
  ];
}

/** "Среди мероприятий с Узбекистаном основные …." or "Основные …." */
export function sentence(scope: string, body: string): string {
  return `${capitalize(scope ? `${scope} ${body.charAt(0).toLowerCase()}${body.slice(1)}` : body)}.`;
}

function periodPhrase(period: SummaryPeriod): string {
  if (period.kind === 'quarter') return inSpan(period.key, period.key);
  if (period.kind === 'report') return t.inReport(forReportPeriod(period.key));
  if (period.kind === 'all') {
    return period.reports.length === 0 ? t.noReports : t.allReports(reportPeriodList(period.reports, reportPeriodOfYear));
  }
  return inSpan(period.from, period.to) || t.noReports;
}

/** "Беларусь (50), Узбекистан (6)": a name and a number in brackets need no case agreement. */
export function ranked<T extends { events: number }>(items: T[], name: (item: T) => string): string {
  return items.map((item) => `${name(item)} (${formatNumber(item.events)})`).join(', ');
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
