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
import {
  buildNameIndex,
  followsHyphen,
  foldText,
  type FoldedText,
  isCyrillicLetter,
  matchNameAt,
  normalizeWord,
  scanWordStarts,
  wordEnd,
} from './words';

import { isOneOf, REGION_GROUPS, type RegionGroup } from '@/lib/vocabulary';

isoCountries.registerLocale(ru);
isoCountries.registerLocale(en);


export interface CountryInfo {
  code: string;
  nameRu: string;
  nameEn: string;
  region: RegionGroup;
  centroid: [lat: number, lon: number];
}

interface StemEntry {
  stem: string;
  code: string;
  exceptions: string[];
}

interface Hit {
  index: number;
  code: string;
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
const stemEntries: StemEntry[] = [];
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

const nameIndex = buildNameIndex(codeByName.keys());
/** Stems keyed by their first STEM_KEY_LENGTH letters (every stem is longer), longest first. */
const STEM_KEY_LENGTH = 4;
const stemsByKey = new Map<string, StemEntry[]>();
for (const entry of stemEntries) {
  const key = entry.stem.slice(0, STEM_KEY_LENGTH);
  stemsByKey.set(key, [...(stemsByKey.get(key) ?? []), entry]);
}

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
  const folded = foldText(text);
  const hits = [...abbreviationHits(folded.folded), ...nameOrStemHits(folded)].sort((a, b) => a.index - b.index);
  return [...new Set(hits.map((hit) => hit.code))];
}

/** Abbreviations are whole words, hyphens included ("КНР-2025" is not "КНР"), case-sensitive. */
function abbreviationHits(folded: string): Hit[] {
  const hits: Hit[] = [];
  scanWordStarts(folded, (start) => {
    const end = wordEnd(folded, start);
    if (followsHyphen(folded, start) || folded.charAt(end) === '-') return end;
    const code = codeByAbbreviation.get(folded.slice(start, end));
    if (code) hits.push({ index: start, code });
    return end;
  });
  return hits;
}

/**
 * At each word start: the longest full name, else the longest stem with the letters after it.
 * A word after a hyphen can only be a stem ("Российско-Германской"). Scanning resumes after
 * whatever matched, even a stem exception, so "немецко-фашистских" yields nothing.
 */
function nameOrStemHits(text: FoldedText): Hit[] {
  const hits: Hit[] = [];
  const record = (index: number, code: string | null) => {
    if (code !== null) hits.push({ index, code });
  };
  scanWordStarts(text.lower, (start) => {
    const nameEnd = followsHyphen(text.lower, start) ? -1 : matchNameAt(nameIndex, text, start);
    if (nameEnd >= 0) {
      record(start, resolveCountryName(text.folded.slice(start, nameEnd)));
      return nameEnd;
    }
    const entry = stemsByKey.get(text.lower.slice(start, start + STEM_KEY_LENGTH))?.find(({ stem }) => text.lower.startsWith(stem, start));
    if (!entry) return -1;
    let end = start + entry.stem.length;
    while (end < text.lower.length && isCyrillicLetter(text.lower.charCodeAt(end))) end++;
    record(start, codeOfStem(text, start, end, entry));
    return end;
  });
  return hits;
}

function codeOfStem(text: FoldedText, start: number, end: number, entry: StemEntry): string | null {
  const byName = resolveCountryName(text.folded.slice(start, end));
  if (byName !== null) return byName;
  return entry.exceptions.some((exception) => text.lower.startsWith(exception, start)) ? null : entry.code;
}

function isAbbreviation(name: string): boolean {
  return ABBREVIATION.test(name);
}

function toCountry(code: string, record: CountryNamesRecord): CountryInfo {
  const [lat, lon] = record.centroid;
  if (!isOneOf(REGION_GROUPS, record.region) || lat === undefined || lon === undefined) {
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

/** The countries-table row of a code; a code the reference does not know is stored under itself, in region "other". */
export function countryRow(code: string): { code: string; nameRu: string; nameEn: string; region: RegionGroup } {
  const info = getCountry(code);
  return { code, nameRu: info?.nameRu ?? code, nameEn: info?.nameEn ?? code, region: info?.region ?? 'other' };
}
