/**
 * The comparison page's summary: period B described and set against period A, built from the same
 * query results as the page's charts. Pure: figures in, one Russian paragraph out. Period phrases
 * ("в IV квартале 2025 года", "в III–IV кварталах 2025 года") come from the overview summary;
 * country names only follow a colon or stand before a bracket, so they never change case.
 */
import type { CountryChange } from '@/lib/compare/pairs';
import type { QuarterRange, ResolvedPeriods } from '@/lib/filters/compare';
import { formatNumber } from '@/lib/format';
import { compareSummaryText as c, nouns, summaryText as t } from '@/lib/i18n/ru';
import { missingPhrase, spanShort, type SpanCoverage } from '@/lib/periods';
import { capitalize, count, periodPhrase, ranked, type SummaryFigures, type SummaryPeriod } from './overview';

export interface CompareSummaryInput {
  /** A is missing in the single-period view. */
  periods: ResolvedPeriods;
  /** Filters other than the periods are active: the text says so. */
  filtered: boolean;
  figures: { a?: SummaryFigures; b: SummaryFigures };
  /** Which quarters of each period have their report. */
  coverage: { a?: SpanCoverage; b: SpanCoverage };
  /** Both periods rest on their reports: only then are changes stated. */
  comparable: boolean;
  /** "нет отчёта за III кв. 2025" over both periods; repeated by every sentence that sets B against A. */
  missing: string;
  /** Period B, ranked, most events first. */
  topCountries: { nameRu: string; events: number }[];
  /** Period B. */
  spheres: { shortLabel: string; events: number }[];
  countries: CountryChange[];
}

const TOP_COUNTRIES = 3;
const TOP_SPHERES = 3;
const MAX_LISTED = 5;

export function buildCompareSummary(input: CompareSummaryInput): string {
  const b = phraseOf(input.periods.b);
  const figuresB = input.figures.b;
  const filtered = input.filtered ? ` ${t.filtered}` : '';
  const bMissing = missingPhrase(input.coverage.b);
  if (input.coverage.b.status === 'empty') return c.nothingLoaded(spanShort(input.periods.b));
  if (!input.periods.a || !input.figures.a || !input.coverage.a) return singleSummary(input, b, filtered, bMissing);
  const a = phraseOf(input.periods.a);
  const figuresA = input.figures.a;
  if (figuresB.events === 0 && figuresA.events === 0) return capitalize(`${input.filtered ? `${t.filtered} ` : ''}${c.noneInBoth(a, b)}`);
  if (figuresB.events === 0) return capitalize(c.heldOnlyInA(`${b}${filtered}`, a, count(figuresA.events, nouns.event)));
  if (!input.comparable) return notComparableSummary(input, a, b, filtered);
  return [
    `${capitalize(b)}${filtered} ${totalClause(input)} — ${difference(figuresA.events, figuresB.events, a)}.`,
    leadersSentence(input),
    pairedSentence(t.sme, smeText(figuresB), a, smeText(figuresA), figuresA.eventsWithSme + figuresB.eventsWithSme),
    pairedSentence(t.documents, formatNumber(figuresB.documentsSigned), a, formatNumber(figuresA.documentsSigned), figuresA.documentsSigned + figuresB.documentsSigned),
    ...changeSentences(input.countries, a, b),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Period B alone: nothing to compare it with. */
function singleSummary(input: CompareSummaryInput, b: string, filtered: string, bMissing: string): string {
  const figures = input.figures.b;
  if (figures.events === 0) return capitalize(`${b}${filtered} ${t.noEvents}`);
  const mark = bMissing ? ` (${bMissing})` : '';
  return [
    `${capitalize(b)}${filtered} ${totalClause(input, bMissing !== '')}${mark}; ${c.noComparison}.`,
    leadersSentence(input),
    figures.eventsWithSme > 0 ? `${t.sme}: ${smeText(figures)}.` : '',
    figures.documentsSigned > 0 ? `${t.documents}: ${formatNumber(figures.documentsSigned)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * A period without its report: the known figures of both periods are stated, every sentence that
 * sets them side by side names the missing report, and no change, new or dropped country is claimed.
 */
function notComparableSummary(input: CompareSummaryInput, a: string, b: string, filtered: string): string {
  const figuresA = input.figures.a!;
  const figuresB = input.figures.b;
  const mark = ` (${input.missing})`;
  const bIncomplete = input.coverage.b.status !== 'complete';
  return [
    `${capitalize(b)}${filtered} ${totalClause(input, bIncomplete)}; ${c.knownIn(a, count(figuresA.events, nouns.event))}${mark} — ${c.notComparable}.`,
    leadersSentence(input, bIncomplete ? mark : ''),
    pairedSentence(t.sme, smeText(figuresB), a, smeText(figuresA), figuresA.eventsWithSme + figuresB.eventsWithSme, mark),
    pairedSentence(t.documents, formatNumber(figuresB.documentsSigned), a, formatNumber(figuresA.documentsSigned), figuresA.documentsSigned + figuresB.documentsSigned, mark),
    `${c.noCountryChanges}${mark}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

function phraseOf(range: QuarterRange): string {
  const period: SummaryPeriod = range.from === range.to ? { kind: 'quarter', key: range.from } : { kind: 'range', ...range };
  return periodPhrase(period);
}

/** "проведено 55 мероприятий в 12 сферах сотрудничества"; "известно …" when B lacks its report. */
function totalClause({ figures, spheres }: CompareSummaryInput, known = false): string {
  const active = spheres.filter((sphere) => sphere.events > 0).length;
  return `${known ? c.known : t.held} ${count(figures.b.events, nouns.event)} в ${count(active, t.inSpheres)}`;
}

function difference(a: number, b: number, base: string): string {
  if (a === 0) return c.noneIn(base);
  if (b > a) return c.more(formatNumber(b - a), base, formatNumber(a));
  if (b < a) return c.fewer(formatNumber(a - b), base, formatNumber(a));
  return c.same(base);
}

function leadersSentence({ topCountries, spheres }: CompareSummaryInput, mark = ''): string {
  const parts: string[] = [];
  if (topCountries.length > 0) parts.push(`${t.partners}: ${ranked(topCountries.slice(0, TOP_COUNTRIES), (country) => country.nameRu)}`);
  const active = spheres.filter((sphere) => sphere.events > 0);
  if (active.length > 1) {
    const top = [...active].sort((x, y) => y.events - x.events).slice(0, TOP_SPHERES);
    parts.push(`${t.spheres}: ${ranked(top, (sphere) => sphere.shortLabel)}`);
  }
  return parts.length > 0 ? `${capitalize(parts.join('; '))}${mark}.` : '';
}

function smeText(figures: SummaryFigures): string {
  const value = formatNumber(figures.smeParticipations);
  return figures.eventsWithSme > 0 ? `${value} (в ${count(figures.eventsWithSme, t.eventsPrepositional)})` : value;
}

/** "Подписано документов: 3, в III квартале 2025 года — 1." Left out when both periods have none. */
function pairedSentence(label: string, valueB: string, base: string, valueA: string, total: number, mark = ''): string {
  return total > 0 ? c.paired(label, valueB, base, `${valueA}${mark}`) : '';
}

function changeSentences(countries: CountryChange[], a: string, b: string): string[] {
  const of = (level: CountryChange['level']) => countries.filter((country) => country.level === level);
  const withCounts = (country: CountryChange) => `${country.nameRu} (${formatNumber(country.a)} → ${formatNumber(country.b)})`;
  return [
    listSentence(c.newCountries(a), of('new').map((country) => country.nameRu)),
    listSentence(c.grew, of('large-increase').map(withCounts)),
    listSentence(c.fell, of('decrease').map(withCounts)),
    listSentence(capitalize(c.goneCountries(b)), of('gone').map((country) => country.nameRu)),
  ];
}

/** "Label: X, Y, Z и ещё 4." — empty when there is nothing to list. */
function listSentence(label: string, names: string[]): string {
  if (names.length === 0) return '';
  const shown = names.slice(0, MAX_LISTED).join(', ');
  const rest = names.length - MAX_LISTED;
  return `${label}: ${rest > 0 ? `${shown} ${c.andMore(formatNumber(rest))}` : shown}.`;
}
