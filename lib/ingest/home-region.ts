/**
 * The region whose reports these are: Smolensk oblast. Its settlements and words are kept here so
 * that "the region's own delegation" (counts.ts) and "an event in the region" (classify.ts) mean
 * the same thing.
 *
 * - HOME_STEM: the stem of the region's name in any word form ("Смоленская область", "смоленской
 *   делегации", "ОГБУ «Смоленский …»");
 * - isHomeSettlement: the oblast's city and district seats (data/gazetteer/districts.json, the
 *   Russian entries) and Десногорск, a city of oblast significance outside every district.
 */
import districtsData from '@/data/gazetteer/districts.json';
import { resolvePlaceName } from '@/lib/geo/gazetteer';

export const HOME_STEM = 'смоленск';
const HOME_COUNTRY = 'RU';

const OTHER_HOME_SETTLEMENTS = ['Десногорск'];

const homeSettlements = new Set(
  [...Object.values(districtsData.districts), ...OTHER_HOME_SETTLEMENTS]
    .map((name) => resolvePlaceName(name))
    .filter((place) => place !== null && place.country === HOME_COUNTRY)
    .map((place) => place?.name ?? ''),
);

/** A settlement of the home region, by its gazetteer (nominative) name. */
export function isHomeSettlement(name: string): boolean {
  return homeSettlements.has(name);
}

/** The text names the home region ("Смоленская область", "Смоленский район", "смоленской делегации"). */
export function namesHomeRegion(text: string): boolean {
  return new RegExp(`${HOME_STEM}[а-яё]*\\s+(?:област|район|муниципальн|делегаци)`, 'i').test(text);
}
