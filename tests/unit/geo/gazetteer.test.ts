import { describe, expect, test } from 'vitest';
import places from '@/data/gazetteer/places.json';
import { getCountry } from '@/lib/geo/countries';
import { findPlacesInText, resolvePlaceName } from '@/lib/geo/gazetteer';

const names = (found: { name: string }[]) => found.map((place) => place.name);

describe('resolvePlaceName', () => {
  test.each([
    ['Минск', 'Минск'],
    ['Минска', 'Минск'],
    ['Минску', 'Минск'],
    ['Минском', 'Минск'],
    ['Минске', 'Минск'],
    ['Нижний Новгород', 'Нижний Новгород'],
    ['Нижнего Новгорода', 'Нижний Новгород'],
    ['Нижнему Новгороду', 'Нижний Новгород'],
    ['Нижним Новгородом', 'Нижний Новгород'],
    ['Нижнем Новгороде', 'Нижний Новгород'],
    ['  нижнем\u00a0 новгороде ', 'Нижний Новгород'],
    ['Санкт-Петербурге', 'Санкт-Петербург'],
    ['Могилёве', 'Могилев'],
    ['витебске', 'Витебск'],
    ['Орши', 'Орша'],
    ['Лиде', 'Лида'],
    ['Шклове', 'Шклов'],
    ['Жодино', 'Жодино'],
    ['Бонне', 'Бонн'],
    ['Крагуевце', 'Крагуевац'],
    ['Чанчуне', 'Чанчунь'],
    ['Алма-Ате', 'Алматы'],
    ['Рославле', 'Рославль'],
    ['Мощинках', 'Мощинки'],
    ['Гагарин', 'Гагарин'],
  ])('the form "%s" resolves to %s', (form, name) => {
    expect(resolvePlaceName(form)?.name).toBe(name);
  });

  test.each(['Атлантида', 'Смоленская', 'Витебским', 'Республика Беларусь', ''])(
    '"%s" is not a settlement',
    (word) => {
      expect(resolvePlaceName(word)).toBeNull();
    },
  );

  test.each([
    ['Ташкент', 'UZ'],
    ['Гуанчжоу', 'CN'],
    ['Минск', 'BY'],
    ['Алматы', 'KZ'],
    ['Смоленск', 'RU'],
    ['Москва', 'RU'],
    ['Десногорск', 'RU'],
    ['Брест', 'BY'],
    ['Крагуевац', 'RS'],
    ['Санкт-Петербург', 'RU'],
    ['Орша', 'BY'],
    ['Витебск', 'BY'],
    ['Лида', 'BY'],
    ['Могилев', 'BY'],
    ['Бонн', 'DE'],
    ['Рославль', 'RU'],
    ['Мощинки', 'RU'],
    ['Нижний Новгород', 'RU'],
    ['Бишкек', 'KG'],
    ['Шклов', 'BY'],
    ['Жодино', 'BY'],
    ['Екатеринбург', 'RU'],
    ['Сафоново', 'RU'],
    ['Чанчунь', 'CN'],
  ])('the report settlement %s lies in %s', (name, country) => {
    expect(resolvePlaceName(name)?.country).toBe(country);
  });

  test('a capital carries its coordinates and the capital flag', () => {
    expect(resolvePlaceName('Минске')).toEqual({
      name: 'Минск',
      country: 'BY',
      lat: 53.9023,
      lon: 27.5619,
      capital: true,
    });
  });
});

describe('findPlacesInText', () => {
  test.each([
    ['в г. Шклове, г. Жодино (Республика Беларусь)', ['Шклов', 'Жодино']],
    ['Генерального консульства Российской Федерации в Бонне (ФРГ)', ['Бонн']],
    ['в Минске, затем в Москве и снова в Минске', ['Минск', 'Москва']],
    ['Слет прошел в Нижнем Новгороде', ['Нижний Новгород']],
    ['музеев г. Москвы, г. Екатеринбурга', ['Москва', 'Екатеринбург']],
    ['в ходе визита в Могилёв', ['Могилев']],
    ['делегация из г. Гагарин', ['Гагарин']],
    ['Опыт Агентства «МинскНовости»', []],
    ['с Витебским областным исполнительным комитетом', []],
    ['VII Брестского турнира по робототехнике', []],
    ['«Русский мир против нацизма»', []],
    ['«Крагуевац и Смоленск: мосты сотрудничества»', ['Крагуевац', 'Смоленск']],
    ['заболевания вены', []],
    ['ул. Гагарина, памятник Ю.А. Гагарину', []],
    ['Ферганским областным русским драматическим театром', []],
  ])('"%s" names %j', (text, expected) => {
    expect(names(findPlacesInText(text))).toEqual(expected);
  });
});

describe('places.json', () => {
  test('no case form names two settlements', () => {
    const forms = places.flatMap((place) => place.forms.map((form) => form.toLowerCase().replace(/ё/g, 'е')));
    expect(new Set(forms).size).toBe(forms.length);
  });

  test('every settlement lies in a known country, at valid coordinates', () => {
    const invalid = places.filter(
      (place) => !getCountry(place.country) || Math.abs(place.lat) > 90 || Math.abs(place.lon) > 180,
    );
    expect(invalid).toEqual([]);
  });

  test('the capitals of about 195 countries are listed, one per country', () => {
    const capitalCountries = places.filter((place) => place.capital === true).map((place) => place.country);
    expect(new Set(capitalCountries).size).toBe(capitalCountries.length);
    expect(capitalCountries.length).toBeGreaterThanOrEqual(190);
  });
});
