/**
 * The search box of a place resolution (/quality): settlements whose name begins with what the
 * analyst typed, from the hand-made gazetteer first, then from the world data set (GeoNames
 * cities500, Cyrillic names; most populous first), optionally only in one country. The world data
 * is read on the first search (about 0.5 s), as by the import.
 */
import { listGazetteerPlaces } from './gazetteer';
import { loadWorldData, rowsOf } from './world-data';
import { toSettlement } from './world-settlements';
import { normalizeWord } from './words';

export interface SettlementChoice {
  name: string;
  country: string;
  lat: number;
  lon: number;
  source: 'gazetteer' | 'world';
  /** GeoNames' population; null for the gazetteer. */
  population: number | null;
}

const MIN_QUERY = 2;
const NEAR_DEGREES = 0.15;

export function searchSettlements(query: string, country: string | null, limit = 15): SettlementChoice[] {
  const prefix = normalizeWord(query);
  if (prefix.length < MIN_QUERY) return [];
  const inCountry = (code: string) => country === null || code === country;
  const known: SettlementChoice[] = listGazetteerPlaces()
    .filter((place) => inCountry(place.country) && normalizeWord(place.name).startsWith(prefix))
    .map(({ name, country: code, lat, lon }) => ({ name, country: code, lat, lon, source: 'gazetteer', population: null }));
  const world = loadWorldData();
  // A GeoNames place has many Cyrillic spellings ("Минск", "Минскай"): each once, under its shortest match.
  const nameOfRow = new Map<number, string>();
  for (const [key, entry] of world.byCyrillic) {
    if (!key.startsWith(prefix)) continue;
    for (const row of rowsOf(entry)) {
      const name = nameOfRow.get(row);
      if (inCountry(world.countries[row] ?? '') && (name === undefined || key.length < name.length)) nameOfRow.set(row, key);
    }
  }
  const found = [...nameOfRow]
    .map(([row, key]) => toSettlement(world, row, displayName(key)))
    .filter((place) => !known.some((other) => other.country === place.country && isNear(other, place)))
    .sort((a, b) => b.population - a.population)
    .map(({ name, country: code, lat, lon, population }): SettlementChoice => ({ name, country: code, lat, lon, source: 'world', population }));
  return [...known, ...found].slice(0, limit);
}

/** The same settlement in both lists (GeoNames' coordinates differ from the gazetteer's by a few km). */
function isNear(a: { lat: number; lon: number }, b: { lat: number; lon: number }): boolean {
  return Math.abs(a.lat - b.lat) < NEAR_DEGREES && Math.abs(a.lon - b.lon) < NEAR_DEGREES;
}

/** The index keeps names lowercased: capitals back at the start of each word ("нижний новгород" → "Нижний Новгород"). */
function displayName(key: string): string {
  return key.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
