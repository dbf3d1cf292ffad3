/**
 * Is this row of one report the same real event as a row of another report? Rules, not a model:
 *
 * 1. Dates: the two date ranges overlap, allowing DATE_TOLERANCE_DAYS of slack at either end
 *    (one report writes "26–28 сентября", the next "27–28 сентября"). Rows without dates never match.
 * 2. Title: both titles are normalised (case, ё, quotes, dashes, punctuation, whitespace, and
 *    leading verbs such as "Участие в", "Проведение", "Организация") and cut into word stems
 *    (the first STEM_LENGTH letters of each word of 3+ letters), leaving out GENERIC_STEMS
 *    ("Смоленской области", "Республики Беларусь", "Международный"). Similarity is the share of
 *    stems of the shorter title found in the other (overlap coefficient).
 * 3. A match needs similarity ≥ STRONG_TITLE_SIMILARITY, or ≥ TITLE_SIMILARITY with supporting
 *    evidence: a shared place or a shared partner country.
 * 4. Titles that name countries must name at least one in common.
 *
 * Near misses this rejects: the same title on other dates (a recurring event), and different
 * events on the same dates in the same city (titles share too few stems).
 * The relation is symmetric, so the links found do not depend on the order of imports.
 */
import { findCountriesInText } from '@/lib/geo/countries';

export const DATE_TOLERANCE_DAYS = 1;
const STEM_LENGTH = 5;
export const TITLE_SIMILARITY = 0.6;
export const STRONG_TITLE_SIMILARITY = 0.85;

export interface MatchCandidate {
  title: string;
  startDate: string | null;
  endDate: string | null;
  places: string[];
  countries: string[];
}

export interface MatchResult {
  score: number;
  reason: string;
}

/** A candidate with its stems and day numbers worked out once, for matching against many rows. */
export interface PreparedCandidate {
  stems: Set<string>;
  /** Countries the title itself names ("бизнес-миссия из Республики Узбекистан"). */
  titleCountries: string[];
  startDay: number | null;
  endDay: number | null;
  places: string[];
  countries: string[];
}

/** Stems so common in these reports that sharing them says nothing about being the same event. */
const GENERIC_STEMS = new Set(['смоле', 'облас', 'респу', 'белар', 'росси', 'федер', 'между', 'регио', 'город']);

const LEADING_VERBS = /^(участие|участия|проведение|организация|посещение|подготовка)\s+(в|во|на)?\s*(работе|мероприятиях)?\s*/;
export const DAY_MS = 86_400_000;

export function prepareCandidate(candidate: MatchCandidate): PreparedCandidate {
  const startDay = toDay(candidate.startDate);
  return {
    stems: titleStems(candidate.title),
    titleCountries: findCountriesInText(candidate.title),
    startDay,
    endDay: toDay(candidate.endDate) ?? startDay,
    places: candidate.places,
    countries: candidate.countries,
  };
}

export function matchEvents(a: MatchCandidate, b: MatchCandidate): MatchResult | null {
  return matchPrepared(prepareCandidate(a), prepareCandidate(b));
}

export function matchPrepared(a: PreparedCandidate, b: PreparedCandidate): MatchResult | null {
  if (!datesOverlap(a, b) || namesOtherCountries(a, b)) return null;
  const score = stemOverlap(a.stems, b.stems);
  if (score >= STRONG_TITLE_SIMILARITY) return { score, reason: 'title' };
  if (score < TITLE_SIMILARITY) return null;
  if (shares(a.places, b.places)) return { score, reason: 'title+place' };
  if (shares(a.countries, b.countries)) return { score, reason: 'title+country' };
  return null;
}

function datesOverlap(a: PreparedCandidate, b: PreparedCandidate): boolean {
  if (a.startDay === null || b.startDay === null || a.endDay === null || b.endDay === null) return false;
  return b.startDay - a.endDay <= DATE_TOLERANCE_DAYS && a.startDay - b.endDay <= DATE_TOLERANCE_DAYS;
}

export function titleSimilarity(a: string, b: string): number {
  return stemOverlap(titleStems(a), titleStems(b));
}

function stemOverlap(a: Set<string>, b: Set<string>): number {
  const shorter = a.size <= b.size ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.size === 0) return 0;
  let shared = 0;
  for (const stem of shorter) if (longer.has(stem)) shared++;
  return shared / shorter.size;
}

export function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„'`]/g, ' ')
    .replace(/[\u2010-\u2015\u2212-]/g, ' ')
    .replace(/[.,:;!?()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_VERBS, '')
    .trim();
}

function titleStems(title: string): Set<string> {
  const words = normaliseTitle(title).split(' ');
  const stems = words.filter((word) => word.length >= 3).map((word) => word.slice(0, STEM_LENGTH));
  return new Set(stems.filter((stem) => !GENERIC_STEMS.has(stem)));
}

function toDay(isoDate: string | null): number | null {
  return isoDate ? Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS) : null;
}

/** "… из Республики Казахстан" and "… из Республики Узбекистан" are two missions, however alike. */
function namesOtherCountries(a: PreparedCandidate, b: PreparedCandidate): boolean {
  return a.titleCountries.length > 0 && b.titleCountries.length > 0 && !shares(a.titleCountries, b.titleCountries);
}

function shares(a: string[], b: string[]): boolean {
  return a.some((item) => b.includes(item));
}
