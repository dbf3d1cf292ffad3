/**
 * Countries: ISO codes with Russian and English names (from i18n-iso-countries), and the region
 * group, map centroid and every Russian name form (from data/gazetteer/country-names.ru.json).
 *
 * Matching in text: names are whole words, case-insensitive, except all-capital abbreviations
 * ("КНР", "ФРГ", "ОАЭ", "США"), which are matched case-sensitively. Stems are adjective prefixes
 * ("белорусск") matched at the start of a word or after a hyphen ("Российско-Германской");
 * stemExceptions drop fixed phrases that name no partner ("немецко-фашистских").
 * Multilateral bodies (СНГ, ЕАЭС, Союзное государство, ООН) are deliberately absent from the data.
 */
import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import countryNamesData from '@/data/gazetteer/country-names.ru.json';
import { foldYo, normalizeWord, wholeWords, wordsStartingWith } from './words';

isoCountries.registerLocale(ru);
isoCountries.registerLocale(en);

export const REGION_GROUPS = [
  'belarus',
  'central_asia',
  'china',
  'caucasus',
  'europe',
  'middle_east',
  'south_asia',
  'east_asia',
  'africa',
  'americas',
  'other',
] as const;
export type RegionGroup = (typeof REGION_GROUPS)[number];

export interface CountryInfo {
  code: string;
  nameRu: string;
  nameEn: string;
  region: RegionGroup;
  centroid: [lat: number, lon: number];
}

interface CountryNamesRecord {
  region: string;
  centroid: number[];
  names: string[];
  stems: string[];
  stemExceptions?: string[];
}

const records: Record<string, CountryNamesRecord> = countryNamesData;
const ABBREVIATION = /^[А-ЯЁA-Z]{2,}$/u;

const countryByCode = new Map(
  Object.entries(records).map(([code, record]) => [code, toCountry(code, record)]),
);
/** Abbreviations keyed as written; other names keyed by normalizeWord. */
const codeByAbbreviation = new Map<string, string>();
const codeByName = new Map<string, string>();
const stemEntries: { stem: string; code: string; exceptions: string[] }[] = [];
for (const [code, record] of Object.entries(records)) {
  for (const name of record.names) {
    if (isAbbreviation(name)) codeByAbbreviation.set(name, code);
    else codeByName.set(normalizeWord(name), code);
  }
  for (const stem of record.stems) {
    stemEntries.push({ stem, code, exceptions: record.stemExceptions ?? [] });
  }
}
stemEntries.sort((a, b) => b.stem.length - a.stem.length);

const abbreviationPattern = new RegExp(wholeWords(codeByAbbreviation.keys()), 'gu');
const nameOrStemPattern = new RegExp(
  `${wholeWords([...codeByName.keys()])}|${wordsStartingWith(stemEntries.map((entry) => entry.stem))}`,
  'giu',
);

export function getCountry(code: string): CountryInfo | null {
  return countryByCode.get(code.toUpperCase()) ?? null;
}

export function listCountries(): CountryInfo[] {
  return [...countryByCode.values()];
}

/** The ISO code for a full country name in any case form ("Республикой Беларусь"), or null. */
export function resolveCountryName(name: string): string | null {
  return codeByAbbreviation.get(name.trim()) ?? codeByName.get(normalizeWord(name)) ?? null;
}

/** ISO codes of the countries named in the text, in order of first appearance, each once. RU included. */
export function findCountriesInText(text: string): string[] {
  const folded = foldYo(text);
  const hits = [...folded.matchAll(abbreviationPattern), ...folded.matchAll(nameOrStemPattern)]
    .map((match) => ({ index: match.index, code: codeOfMatch(match[0], folded.slice(match.index)) }))
    .filter((hit): hit is { index: number; code: string } => hit.code !== null)
    .sort((a, b) => a.index - b.index);
  return [...new Set(hits.map((hit) => hit.code))];
}

function codeOfMatch(word: string, textFromMatch: string): string | null {
  const byName = resolveCountryName(word);
  if (byName !== null) return byName;
  const lower = textFromMatch.toLowerCase();
  const entry = stemEntries.find(({ stem }) => lower.startsWith(stem));
  if (!entry || entry.exceptions.some((exception) => lower.startsWith(exception))) return null;
  return entry.code;
}

function isAbbreviation(name: string): boolean {
  return ABBREVIATION.test(name);
}

function toCountry(code: string, record: CountryNamesRecord): CountryInfo {
  const [lat, lon] = record.centroid;
  if (!isRegionGroup(record.region) || lat === undefined || lon === undefined) {
    throw new Error(`country-names.ru.json: bad region or centroid for ${code}`);
  }
  const nameEn = isoCountries.getName(code, 'en', { select: 'alias' }) ?? code;
  return { code, nameRu: shortRussianName(code), nameEn, region: record.region, centroid: [lat, lon] };
}

/** "КНР (Китайская Народная Республика)" → "КНР": an abbreviation with its expansion keeps the abbreviation. */
function shortRussianName(code: string): string {
  const name = isoCountries.getName(code, 'ru', { select: 'alias' }) ?? code;
  const abbreviated = /^([А-ЯЁ]{2,}) \(.+\)$/u.exec(name);
  return abbreviated?.[1] ?? name;
}

function isRegionGroup(value: string): value is RegionGroup {
  return (REGION_GROUPS as readonly string[]).includes(value);
}
