/**
 * The foreign countries of one event row. Pure: strings in, data out.
 *
 * Rules:
 * - venue: the country of each venue settlement, when not Russia;
 * - partner: every other foreign country named anywhere in the row (title, place, goal,
 *   participants) by a name form or an adjective stem ("белорусских", "Российско-Германской"),
 *   or implied by a foreign gazetteer settlement named in the text ("г. Витебск", "в Бонне");
 *   settlements in Russia imply nothing, and markerOnly settlements count only after "г." etc.;
 * - a country is listed once; venue wins over partner. Sorted by code.
 * Multilateral bodies (СНГ, ЕАЭС, Союзное государство, ЮНИСЕФ) and "120 стран мира" name no
 * country: the vocabulary in data/gazetteer/country-names.ru.json holds countries only. That file
 * also holds official abbreviations (РФ, РБ, КНР, ФРГ, США, ОАЭ, КНДР, РУз, ИРИ, СРВ, АРЕ, КСА),
 * long official forms in every case and common misspellings ("Белорусь", "Казакстан",
 * "Кыргыстан"). "РК" is deliberately absent: it is Казахстан, Корея, Карелия or Коми depending on
 * the writer. Cells arrive normalised (lib/ingest/normalise.ts: soft hyphens, Latin look-alike
 * letters, dashes, spaces), so "Kазахстан" with a Latin K is found.
 * - A currency is not a country: each currency word of data/gazetteer/currencies.ru.json ("евро",
 *   "юаней", "тенге", "сумов", "долларов", "рублей"), the adjective right before it ("белорусских
 *   рублей") and the capitalised name right after it ("долларов США") are hidden before matching.
 */
import currencyData from '@/data/gazetteer/currencies.ru.json';
import { findCountriesInText } from '@/lib/geo/countries';
import { findPlacesInText } from '@/lib/geo/gazetteer';
import type { CountryLink, ResolvedPlace } from './types';

export interface CountriesInput {
  title: string;
  place: string;
  goal: string;
  participants: string;
  venuePlaces: ResolvedPlace[];
}

const HOME_COUNTRY = 'RU';

export function parseCountries(input: CountriesInput): CountryLink[] {
  const text = hideCurrencies([input.title, input.place, input.goal, input.participants].join('\n'));
  const venues = new Set(input.venuePlaces.map((place) => place.country).filter(isForeign));
  const named = findCountriesInText(text);
  const implied = findPlacesInText(text).map((place) => place.country);
  const partners = new Set([...named, ...implied].filter((code) => isForeign(code) && !venues.has(code)));
  const links: CountryLink[] = [
    ...[...venues].map((code) => ({ code, role: 'venue' as const })),
    ...[...partners].map((code) => ({ code, role: 'partner' as const })),
  ];
  return links.sort((a, b) => a.code.localeCompare(b.code));
}

function isForeign(code: string): boolean {
  return code !== HOME_COUNTRY;
}

const LETTER = 'А-Яа-яЁёA-Za-z';
const CURRENCY = new RegExp(`(?<![${LETTER}])(?:${currencyData.words.join('|')})(?![${LETTER}])`, 'gi');
const ADJECTIVE_BEFORE = new RegExp(`[${LETTER}]+(?:ий|ый|ой|ая|ое|ие|ые|ого|его|ому|ему|ым|им|ых|их|ую|ыми|ими)\\s+$`, 'i');
/** Up to four capitalised words or an abbreviation right after the currency word ("долларов США", "долларов Соединенных Штатов Америки"). */
const NAME_AFTER = /^(?:\s+(?:[А-ЯЁA-Z][А-Яа-яЁёA-Za-z-]*)){1,4}/u;

/** The text with currency phrases blanked out (same length, so nothing else moves). */
function hideCurrencies(text: string): string {
  let result = text;
  for (const match of text.matchAll(CURRENCY)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const before = ADJECTIVE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    const after = NAME_AFTER.exec(text.slice(end));
    const from = before ? start - before[0].length : start;
    const to = after ? end + after[0].length : end;
    result = result.slice(0, from) + ' '.repeat(to - from) + result.slice(to);
  }
  return result;
}
