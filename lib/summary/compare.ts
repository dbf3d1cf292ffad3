/**
 * The comparison page's summary: period B described and set against period A, built from the same
 * query results as the page's charts. Pure: figures in, one Russian paragraph out. Period phrases
 * ("в IV квартале 2025 года", "в III–IV кварталах 2025 года") come from the overview summary;
 * country names only follow a colon or stand before a bracket, so they never change case.
 */
import type { CountryChange } from '@/lib/compare/pairs';
import type { ComparePeriods, QuarterRange } from '@/lib/filters/compare';
import { formatNumber } from '@/lib/format';
import { compareSummaryText as c, nouns, summaryText as t } from '@/lib/i18n/ru';
import { capitalize, count, periodPhrase, ranked, type SummaryFigures, type SummaryPeriod } from './overview';

export interface CompareSummaryInput {
  periods: ComparePeriods;
  /** Filters other than the periods are active: the text says so. */
  filtered: boolean;
  figures: { a: SummaryFigures; b: SummaryFigures };
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
  const a = phraseOf(input.periods.a);
  const b = phraseOf(input.periods.b);
  const { a: figuresA, b: figuresB } = input.figures;
  const filtered = input.filtered ? ` ${t.filtered}` : '';
  if (figuresB.events === 0 && figuresA.events === 0) return capitalize(`${input.filtered ? `${t.filtered} ` : ''}${c.noneInBoth(a, b)}`);
  if (figuresB.events === 0) return capitalize(c.heldOnlyInA(`${b}${filtered}`, a, count(figuresA.events, nouns.event)));
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

function phraseOf(range: QuarterRange): string {
  const period: SummaryPeriod = range.from === range.to ? { kind: 'quarter', key: range.from } : { kind: 'range', ...range };
  return periodPhrase(period);
}

function totalClause({ figures, spheres }: CompareSummaryInput): string {
  const active = spheres.filter((sphere) => sphere.events > 0).length;
  return `${t.held} ${count(figures.b.events, nouns.event)} в ${count(active, t.inSpheres)}`;
}

function difference(a: number, b: number, base: string): string {
  if (a === 0) return c.noneIn(base);
  if (b > a) return c.more(formatNumber(b - a), base, formatNumber(a));
  if (b < a) return c.fewer(formatNumber(a - b), base, formatNumber(a));
  return c.same(base);
}

function leadersSentence({ topCountries, spheres }: CompareSummaryInput): string {
  const parts: string[] = [];
  if (topCountries.length > 0) parts.push(`${t.partners}: ${ranked(topCountries.slice(0, TOP_COUNTRIES), (country) => country.nameRu)}`);
  const active = spheres.filter((sphere) => sphere.events > 0);
  if (active.length > 1) {
    const top = [...active].sort((x, y) => y.events - x.events).slice(0, TOP_SPHERES);
    parts.push(`${t.spheres}: ${ranked(top, (sphere) => sphere.shortLabel)}`);
  }
  return parts.length > 0 ? `${capitalize(parts.join('; '))}.` : '';
}

function smeText(figures: SummaryFigures): string {
  const value = formatNumber(figures.smeParticipations);
  return figures.eventsWithSme > 0 ? `${value} (в ${count(figures.eventsWithSme, t.eventsPrepositional)})` : value;
}

/** "Подписано документов: 3, в III квартале 2025 года — 1." Left out when both periods have none. */
function pairedSentence(label: string, valueB: string, base: string, valueA: string, total: number): string {
  return total > 0 ? c.paired(label, valueB, base, valueA) : '';
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
