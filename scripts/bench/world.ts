/**
 * The fixed reference data of the synthetic reports: 15 spheres, 120 partner countries and 500
 * places, each list ordered so that a Zipf draw makes the head dominate (Belarus, China and Central
 * Asia; the economic sphere; Smolensk among the places at home), as in the real reports.
 */
import canonicalSpheres from '@/data/spheres/spheres.json';
import gazetteer from '@/data/gazetteer/places.json';
import type { ResolvedPlace } from '@/lib/ingest/types';

const COUNTRY_COUNT = 120;
const PLACE_COUNT = 500;

const HEAD_COUNTRIES = ['BY', 'CN', 'KZ', 'UZ', 'KG', 'AM', 'TJ', 'AZ', 'DE', 'IN', 'TR', 'RS', 'TM', 'AE', 'MN', 'VN', 'IR', 'EG'];
const SPHERE_ORDER = ['economy', 'culture-tourism', 'education-science', 'industry-trade', 'agriculture', 'youth', 'sport', 'health', 'general'];
const HOME_FIRST = ['Смоленск', 'Москва', 'Вязьма', 'Десногорск', 'Гагарин', 'Рославль', 'Ярцево', 'Сафоново'];

export interface World {
  /** Section headers exactly as the canonical sphere names, most frequent first. */
  sphereHeaders: string[];
  /** Partner countries (ISO alpha-2, never RU), most frequent first. */
  countries: string[];
  homePlaces: ResolvedPlace[];
  placesByCountry: Map<string, ResolvedPlace[]>;
}

export function createWorld(): World {
  const sphereHeaders = [...canonicalSpheres]
    .sort((a, b) => rank(SPHERE_ORDER, a.slug) - rank(SPHERE_ORDER, b.slug))
    .map((sphere) => sphere.name);
  const foreignCodes = [...new Set(gazetteer.map((place) => place.country).filter((code) => code !== 'RU'))];
  const countries = [...HEAD_COUNTRIES, ...foreignCodes.filter((code) => !HEAD_COUNTRIES.includes(code))].slice(0, COUNTRY_COUNT);
  const resolved = gazetteer
    .filter((place) => place.country === 'RU' || countries.includes(place.country))
    .map((place): ResolvedPlace => ({ name: place.name, country: place.country, lat: place.lat, lon: place.lon, source: 'gazetteer' }));
  const homePlaces = resolved.filter((place) => place.country === 'RU').sort((a, b) => rank(HOME_FIRST, a.name) - rank(HOME_FIRST, b.name));
  const foreign = resolved.filter((place) => place.country !== 'RU');
  const filler = fillerPlaces(countries, PLACE_COUNT - resolved.length, foreign);
  const placesByCountry = new Map<string, ResolvedPlace[]>();
  for (const place of [...foreign, ...filler]) placesByCountry.set(place.country, [...(placesByCountry.get(place.country) ?? []), place]);
  return { sphereHeaders, countries, homePlaces, placesByCountry };
}

/** Invented towns near a known place of the head countries, to reach PLACE_COUNT places in all. */
function fillerPlaces(countries: string[], count: number, known: ResolvedPlace[]): ResolvedPlace[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => {
    const country = countries[i % HEAD_COUNTRIES.length] ?? 'BY';
    const near = known.find((place) => place.country === country) ?? { lat: 50, lon: 30 };
    const offset = (i % 7) * 0.15;
    return { name: `Поселок-${i + 1}`, country, lat: near.lat + offset, lon: near.lon - offset, source: 'centroid' };
  });
}

function rank(order: string[], value: string): number {
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
}
