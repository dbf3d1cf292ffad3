/**
 * The comparison page's summary: period B described and set against period A, built from the same
 * query results as the page's charts. Pure: figures in, one Russian paragraph out. Period phrases
 * ("в IV квартале 2025 года") come from lib/periods; country names only follow a colon or stand
 * before a bracket, so they never change case. The rules of the overview summary hold here too:
 * every sentence names its scope, rankings list no ties (leaders.ts), a dimension filtered to one
 * value is not ranked; and changes of partner countries follow one rule in both directions (the
 * large rises and the large falls of lib/compare/change-level.ts, biggest first).
 */
import type { CountryChange } from '@/lib/compare/pairs';
import type { QuarterRange, ResolvedPeriods } from '@/lib/filters/compare';
import { formatCount, formatNumber } from '@/lib/format';
import { common, compareSummaryText as c, nouns, summaryText as t } from '@/lib/i18n/ru';
import { inSpan, missingPhrase, spanShort, type SpanCoverage } from '@/lib/periods';
import { leaders } from './leaders';
import { capitalize, ranked, sentence, type SummaryFigures } from './overview';

export interface CompareSummaryInput {
  /** A is missing in the single-period view. */
  periods: ResolvedPeriods;
  /** "среди мероприятий с Узбекистаном" (scope.ts); empty without filters other than the periods. */
  scope?: string;
  /** Dimensions filtered to one value: not ranked. */
  single?: { country: boolean; sphere: boolean };
  /** Countries of the country filter: not listed as new, dropped or changed partners of their own events. */
  filteredCountries?: string[];
  /** Filters are active but no scope phrase was given: the text says so. */
  filtered?: boolean;
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
  const scope = input.scope || (input.filtered ? t.filtered : '');
  const b = phraseOf(input.periods.b);
  const figuresB = input.figures.b;
  if (input.coverage.b.status === 'empty') return c.nothingLoaded(spanShort(input.periods.b));
  if (!input.periods.a || !input.figures.a || !input.coverage.a) return singleSummary(input, scope, b);
  const a = phraseOf(input.periods.a);
  const figuresA = input.figures.a;
  if (figuresB.events === 0 && figuresA.events === 0) return capitalize(`${scope ? `${scope} ` : ''}${c.noneInBoth(a, b)}`);
  if (figuresB.events === 0) return capitalize(c.heldOnlyInA(join(scope, b), a, formatCount(figuresA.events, nouns.event)));
  if (!input.comparable) return notComparableSummary(input, scope, a, b);
  return [
    `${capitalize(join(scope, b))} ${totalClause(input)} — ${difference(figuresA.events, figuresB.events, a)}.`,
    ...leaderSentences(input, scope),
    pairedSentence(scope, t.sme, smeText(figuresB), a, smeText(figuresA), figuresA.eventsWithSme + figuresB.eventsWithSme),
    pairedSentence(scope, t.documents, formatNumber(figuresB.documentsSigned), a, formatNumber(figuresA.documentsSigned), figuresA.documentsSigned + figuresB.documentsSigned),
    ...changeSentences(input, scope, a, b),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Period B alone: nothing to compare it with. */
function singleSummary(input: CompareSummaryInput, scope: string, b: string): string {
  const figures = input.figures.b;
  if (figures.events === 0) return capitalize(`${join(scope, b)} ${t.noEvents}`);
  const bMissing = missingPhrase(input.coverage.b);
  const mark = bMissing ? ` (${bMissing})` : '';
  return [
    `${capitalize(join(scope, b))} ${totalClause(input, bMissing !== '')}${mark}; ${c.noComparison}.`,
    ...leaderSentences(input, scope),
    figures.eventsWithSme > 0 ? sentence(scope, `${t.sme}: ${smeText(figures)}`) : '',
    figures.documentsSigned > 0 ? sentence(scope, `${t.documents}: ${formatNumber(figures.documentsSigned)}`) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * A period without its report: the known figures of both periods are stated, every sentence that
 * sets them side by side names the missing report, and no change, new or dropped country is claimed.
 */
function notComparableSummary(input: CompareSummaryInput, scope: string, a: string, b: string): string {
  const figuresA = input.figures.a!;
  const figuresB = input.figures.b;
  const mark = ` (${input.missing})`;
  const bIncomplete = input.coverage.b.status !== 'complete';
  return [
    `${capitalize(join(scope, b))} ${totalClause(input, bIncomplete)}; ${c.knownIn(a, formatCount(figuresA.events, nouns.event))}${mark} — ${c.notComparable}.`,
    ...leaderSentences(input, scope, bIncomplete ? mark : ''),
    pairedSentence(scope, t.sme, smeText(figuresB), a, smeText(figuresA), figuresA.eventsWithSme + figuresB.eventsWithSme, mark),
    pairedSentence(scope, t.documents, formatNumber(figuresB.documentsSigned), a, formatNumber(figuresA.documentsSigned), figuresA.documentsSigned + figuresB.documentsSigned, mark),
    sentence(scope, `${c.noCountryChanges}${mark}`),
  ]
    .filter(Boolean)
    .join(' ');
}

function phraseOf(range: QuarterRange): string {
  return inSpan(range.from, range.to);
}

/** "проведено 55 мероприятий в 12 сферах сотрудничества"; "известно …" when B lacks its report; no sphere count under one sphere. */
function totalClause({ figures, spheres, single }: CompareSummaryInput, known = false): string {
  const active = spheres.filter((sphere) => sphere.events > 0).length;
  const inSpheres = single?.sphere ? '' : ` в ${formatCount(active, t.inSpheres)}`;
  return `${known ? c.known : t.held} ${formatCount(figures.b.events, nouns.event)}${inSpheres}`;
}

function difference(a: number, b: number, base: string): string {
  if (a === 0) return c.noneIn(base);
  if (b > a) return c.more(formatNumber(b - a), base, formatNumber(a));
  if (b < a) return c.fewer(formatNumber(a - b), base, formatNumber(a));
  return c.same(base);
}

/** Main partners and spheres of period B, each its own sentence with the scope; ties and single-valued dimensions left out. */
function leaderSentences({ topCountries, spheres, single }: CompareSummaryInput, scope: string, mark = ''): string[] {
  const countries = single?.country ? [] : leaders(topCountries, (country) => country.events, TOP_COUNTRIES);
  const active = spheres.filter((sphere) => sphere.events > 0);
  const topSpheres = single?.sphere || active.length < 2 ? [] : leaders(active, (sphere) => sphere.events, TOP_SPHERES);
  return [
    countries.length > 0 ? sentence(scope, `${t.partners}: ${ranked(countries, (country) => country.nameRu)}${mark}`) : '',
    topSpheres.length > 0 ? sentence(scope, `${t.spheres}: ${ranked(topSpheres, (sphere) => sphere.shortLabel)}${mark}`) : '',
  ];
}

function smeText(figures: SummaryFigures): string {
  const value = formatNumber(figures.smeParticipations);
  return figures.eventsWithSme > 0 ? `${value} (в ${formatCount(figures.eventsWithSme, t.eventsPrepositional)})` : value;
}

/** "Подписано документов: 3, в III квартале 2025 года — 1." Left out when both periods have none. */
function pairedSentence(scope: string, label: string, valueB: string, base: string, valueA: string, total: number, mark = ''): string {
  return total > 0 ? sentence(scope, c.paired(label, valueB, base, `${valueA}${mark}`).replace(/\.$/, '')) : '';
}

/**
 * New and dropped partner countries, and the large changes of both directions by one rule, biggest
 * first. Under a single-country filter the countries are those co-occurring with it, and the scope
 * says so.
 */
function changeSentences({ countries, filteredCountries = [] }: CompareSummaryInput, scope: string, a: string, b: string): string[] {
  const of = (level: CountryChange['level']) => countries.filter((country) => country.level === level && !filteredCountries.includes(country.code));
  const withCounts = (country: CountryChange) => `${country.nameRu} (${formatNumber(country.a)} → ${formatNumber(country.b)})`;
  const bySize = (list: CountryChange[]) => [...list].sort((x, y) => Math.abs(y.b - y.a) - Math.abs(x.b - x.a));
  const rises = bySize(of('large-increase')).map(withCounts);
  const falls = bySize(of('large-decrease')).map(withCounts);
  const changes = [rises.length > 0 ? `${c.rises} — ${common.someOf(rises, MAX_LISTED)}` : '', falls.length > 0 ? `${c.falls} — ${common.someOf(falls, MAX_LISTED)}` : ''].filter(Boolean);
  return [
    listSentence(scope, c.newCountries(a), of('new').map((country) => country.nameRu)),
    changes.length > 0 ? sentence(scope, `${c.largeChanges}: ${changes.join('; ')}`) : '',
    listSentence(scope, c.goneCountries(b), of('gone').map((country) => country.nameRu)),
  ];
}

/** "Label: X, Y, Z и ещё 4." — empty when there is nothing to list. */
function listSentence(scope: string, label: string, names: string[]): string {
  return names.length === 0 ? '' : sentence(scope, `${label}: ${common.someOf(names, MAX_LISTED)}`);
}

function join(scope: string, text: string): string {
  return [scope, text].filter(Boolean).join(' ');
}
