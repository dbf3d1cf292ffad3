/**
 * Settlements the hand-made gazetteer (data/gazetteer/places.json) does not know, looked up in the
 * world data set (lib/geo/world-data.ts: GeoNames cities500, CC BY 4.0).
 *
 * Matching, the first tier with any hit wins: the written name as it stands among the data set's
 * Cyrillic names ("Жодино", "Навои", "Хайфон"); its nominative candidates ("Новолукомле" →
 * Новолукомль, lib/geo/nominative.ts); for China (or no country), their Palladius spelling read
 * as pinyin against the Latin names ("Дуннин" → Dongning); their BGN/PCGN and ISO 9
 * romanisations against the Latin names ("Дананг" → Danang). See lib/geo/transliterate.ts.
 *
 * Choice among the hits:
 * - a country named in the row: only hits in that country count; of several, the most populous.
 * - no country named: hits in the focus countries (Russia, the other former Soviet republics,
 *   China) if any, else hits anywhere (transliterated names: the focus countries only). A single
 *   hit is taken; of several, the most populous only when it has at least ten times the people of
 *   the next (a clear lead); otherwise the name is ambiguous and nothing is taken.
 */
import { type GazetteerPlace, listGazetteerPlaces, resolvePlaceName } from './gazetteer';
import { nominativeCandidates, withCapitalsOf } from './nominative';
import { CHINESE_COUNTRIES, pinyinKeys, romanizedKeys } from './transliterate';
import { latinIndexFor, loadWorldData, rowsNamed, rowsOf, type WorldData, type WorldDataStats } from './world-data';

export interface WorldSettlement {
  geonameId: number;
  /** The name as written in the report, in the nominative ("Новолукомль"). */
  name: string;
  /** GeoNames' ASCII name ("Novolukoml'"). */
  latinName: string;
  country: string; // ISO 3166-1 alpha-2
  lat: number;
  lon: number;
  population: number;
}

type WorldMatchVia = 'russian_name' | 'transliteration';

export type WorldLookup =
  | { found: WorldSettlement; via: WorldMatchVia; homonyms: number }
  | { found: null; ambiguous: WorldSettlement[] };

/** Russia, the other former Soviet republics and China (with Hong Kong and Macao). */
const FOCUS_COUNTRIES: ReadonlySet<string> = new Set([
  'RU', 'BY', 'UA', 'MD', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'AM', 'AZ', 'GE', 'CN', 'HK', 'MO',
]);
const CLEAR_LEAD = 10;

/** Looks a settlement up; `country` (ISO alpha-2) is the row's country, or null when none is named. */
export function lookupWorldSettlement(written: string, country: string | null): WorldLookup {
  const world = loadWorldData();
  const candidates = nominativeCandidates(written);
  const [asWritten = ''] = candidates;
  const palladius = country === null || CHINESE_COUNTRIES.has(country);
  const tiers: { via: WorldMatchVia; rows: () => Map<number, string> }[] = [
    { via: 'russian_name', rows: () => rowsByCyrillic(world, [asWritten]) },
    { via: 'russian_name', rows: () => rowsByCyrillic(world, candidates.slice(1)) },
    { via: 'transliteration', rows: () => (palladius ? rowsByLatin(world, candidates, country, pinyinKeys) : new Map()) },
    { via: 'transliteration', rows: () => rowsByLatin(world, candidates, country, romanizedKeys) },
  ];
  for (const { via, rows } of tiers) {
    const hits = [...rows()].map(([row, name]) => toSettlement(world, row, withCapitalsOf(name, written)));
    const inCountry = country === null ? hits : hits.filter((hit) => hit.country === country);
    if (inCountry.length === 0) continue;
    const choice = country === null ? chooseWithoutCountry(inCountry) : { found: mostPopulous(inCountry), ambiguous: [] };
    if (choice.found) return { found: choice.found, via, homonyms: inCountry.length - 1 };
    return { found: null, ambiguous: choice.ambiguous };
  }
  return { found: null, ambiguous: [] };
}

/** Whether the data set names this row with the given Russian name (for matching to the hand list). */
function worldNameOf(geonameId: number, russianName: string): boolean {
  const world = loadWorldData();
  return rowsNamed(world, russianName).some((row) => world.ids[row] === geonameId);
}

/** Counts and load time, loading the data if needed. */
export function worldDataStats(): WorldDataStats {
  return loadWorldData().stats;
}

function chooseWithoutCountry(hits: WorldSettlement[]): { found: WorldSettlement | null; ambiguous: WorldSettlement[] } {
  const focus = hits.filter((hit) => FOCUS_COUNTRIES.has(hit.country));
  const pool = focus.length > 0 ? focus : hits;
  const [first, second] = [...pool].sort(byPopulation);
  if (first && (!second || first.population >= CLEAR_LEAD * Math.max(second.population, 1))) return { found: first, ambiguous: [] };
  return { found: null, ambiguous: [...pool].sort(byPopulation) };
}

function mostPopulous(hits: WorldSettlement[]): WorldSettlement | null {
  return [...hits].sort(byPopulation)[0] ?? null;
}

function byPopulation(a: WorldSettlement, b: WorldSettlement): number {
  return b.population - a.population || a.geonameId - b.geonameId;
}

/** Rows named by any of the (lower-case) names, each with the name that found it. */
function rowsByCyrillic(world: WorldData, names: string[]): Map<number, string> {
  const found = new Map<number, string>();
  for (const name of names) {
    for (const row of rowsNamed(world, name)) if (!found.has(row)) found.set(row, name);
  }
  return found;
}

/** Without a country, transliterated names are looked up in the focus countries only. */
function rowsByLatin(world: WorldData, names: string[], country: string | null, keysOf: (name: string) => string[]): Map<number, string> {
  const indexes = latinIndexFor(world, country === null ? [...FOCUS_COUNTRIES] : [country]);
  const found = new Map<number, string>();
  for (const name of names) {
    for (const key of keysOf(name)) {
      for (const index of indexes) {
        for (const row of rowsOf(index.get(key))) if (!found.has(row)) found.set(row, name);
      }
    }
  }
  return found;
}

export function toSettlement(world: WorldData, row: number, name: string): WorldSettlement {
  return {
    geonameId: world.ids[row] ?? 0,
    name,
    latinName: world.latinNames[row] ?? '',
    country: world.countries[row] ?? '',
    lat: world.lat[row] ?? 0,
    lon: world.lon[row] ?? 0,
    population: world.population[row] ?? 0,
  };
}

/* --- The gazetteer first, then the world data --- */

export type BeyondGazetteer =
  | { kind: 'gazetteer'; place: GazetteerPlace }
  | { kind: 'world'; place: WorldSettlement; via: WorldMatchVia; homonyms: number }
  | { kind: 'unknown'; ambiguous: WorldSettlement[] };

/** A hand-list place and a world row this close, the row naming the place, are one settlement. */
const SAME_PLACE_KM = 25;

/**
 * A settlement whose written form the gazetteer does not know (in the row's country, when one is
 * named). The hand list wins where both have an entry: first any nominative candidate of the
 * name in the gazetteer ("Гомеле" → Гомель), then a world match that is a hand-list place under
 * another spelling (a row that also carries the place's name, within 25 km) gives the hand-list
 * place; else the world match, else unknown (with the homonyms, when the name was ambiguous).
 */
export function lookupBeyondGazetteer(written: string, country: string | null): BeyondGazetteer {
  for (const candidate of nominativeCandidates(written)) {
    const known = resolvePlaceName(candidate);
    if (known && (country === null || known.country === country)) return { kind: 'gazetteer', place: known };
  }
  const world = lookupWorldSettlement(written, country);
  if (!world.found) return { kind: 'unknown', ambiguous: world.ambiguous };
  const { found } = world;
  const handListed = listGazetteerPlaces().find(
    (place) => place.country === found.country && distanceKm(place, found) <= SAME_PLACE_KM && worldNameOf(found.geonameId, place.name),
  );
  if (handListed) return { kind: 'gazetteer', place: handListed };
  return { kind: 'world', place: found, via: world.via, homonyms: world.homonyms };
}

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
