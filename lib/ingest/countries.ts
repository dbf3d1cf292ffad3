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
 * country: the vocabulary in data/gazetteer/country-names.ru.json holds countries only.
 */
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
  const text = [input.title, input.place, input.goal, input.participants].join('\n');
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
