import { describe, expect, test } from 'vitest';
import {
  findCountriesInText,
  getCountry,
  listCountries,
  resolveCountryName,
} from '@/lib/geo/countries';
import { REGION_GROUPS } from '@/lib/vocabulary';

describe('findCountriesInText', () => {
  test.each([
    ['Республика Беларусь', ['BY']],
    ['на территории Республики Беларусь', ['BY']],
    ['взаимодействия Смоленской области с Республикой Беларусь', ['BY']],
    ['с белорусскими партнерами', ['BY']],
    ['белорусских производителей', ['BY']],
    ['НАН Беларуси', ['BY']],
    ['Кыргызская Республика', ['KG']],
    ['из Киргизской Республики', ['KG']],
    ['Жогорку Кенеша Кыргызской Республики', ['KG']],
    ['Кыргызстана и Киргизии', ['KG']],
    ['150 участников из КНР', ['CN']],
    ['Китайской Народной Республики', ['CN']],
    ['Крупнейшая выставка Китая', ['CN']],
    ['в Бонне (ФРГ)', ['DE']],
    ['проживающие в Германии', ['DE']],
    ['профильным немецким фармацевтическим компаниям', ['DE']],
    ['Российско-Германской внешнеторговой палаты', ['RU', 'DE']],
    ['отношений с ОАЭ', ['AE']],
    ['бизнес-миссия из Объединенных Арабских Эмиратов', ['AE']],
    ['из Объединённых Арабских Эмиратов', ['AE']],
    ['Посольства Российской Федерации в Эстонской Республике', ['RU', 'EE']],
    ['Арабской Республики Египет', ['EG']],
    ['гражданин Республики Камерун', ['CM']],
    ['Республики Индия', ['IN']],
    ['Алжирской Народной Демократической Республики', ['DZ']],
    ['Федеративной Демократической Республики Эфиопия', ['ET']],
    ['Словацкой Республики, Республики Сербия', ['SK', 'RS']],
    ['из Беларуси, России, Азербайджана, Казахстана, Кыргызстана, Узбекистана и Таджикистана', ['BY', 'RU', 'AZ', 'KZ', 'KG', 'UZ', 'TJ']],
    ['развития строительной отрасли Узбекистана', ['UZ']],
    ['казахстанских компаний', ['KZ']],
    ['делегация США', ['US']],
    ['Демократической Республики Конго', ['CD']],
    ['из Республики Казахстан, Республики Беларусь и снова из Казахстана', ['KZ', 'BY']],
  ])('"%s" names %j', (text, codes) => {
    expect(findCountriesInText(text)).toEqual(codes);
  });

  test.each([
    ['индивидуальный предприниматель', []],
    ['Правительства Российской Федерации', ['RU']],
    ['регионов России', ['RU']],
    ['стран СНГ и ЕАЭС', []],
    ['Совета Министров Союзного государства', []],
    ['Министерства образования и ЮНИСЕФ', []],
    ['1 000 человек – представители 120 стран мира', []],
    ['Китайгородская улица', []],
    ['станция Китай-город', []],
    ['кнр, фрг и оаэ в нижнем регистре', []],
    ['от немецко-фашистской оккупации', []],
    ['27-й Центрально-Азиатской Международной выставке', []],
    ['РУП «Национальная киностудия «Беларусьфильм»', []],
    ['того же дня', []],
    ['Русский мир против нацизма', []],
  ])('near miss: "%s" names %j', (text, codes) => {
    expect(findCountriesInText(text)).toEqual(codes);
  });
});

describe('resolveCountryName', () => {
  test.each([
    ['Республикой Беларусь', 'BY'],
    ['Республика\nБеларусь', 'BY'],
    ['КНР', 'CN'],
    ['Российская Федерация', 'RU'],
    ['кнр', null],
    ['белорусский', null],
    ['Смоленская область', null],
  ])('"%s" is the name of %s', (name, code) => {
    expect(resolveCountryName(name)).toBe(code);
  });
});

describe('getCountry and listCountries', () => {
  test('a country carries its Russian and English names, region group and centroid', () => {
    expect(getCountry('BY')).toEqual({
      code: 'BY',
      nameRu: 'Беларусь',
      nameEn: 'Belarus',
      region: 'belarus',
      centroid: [53.71, 27.95],
    });
  });

  test('an abbreviation with its expansion keeps the abbreviation as the Russian name', () => {
    expect(getCountry('CN')?.nameRu).toBe('КНР');
    expect(getCountry('CN')?.nameEn).toBe('China');
  });

  test('codes are case-insensitive and unknown codes give null', () => {
    expect(getCountry('de')?.nameRu).toBe('Германия');
    expect(getCountry('ZZ')).toBeNull();
  });

  test.each([
    ['BY', 'belarus'],
    ['KZ', 'central_asia'],
    ['UZ', 'central_asia'],
    ['KG', 'central_asia'],
    ['TJ', 'central_asia'],
    ['TM', 'central_asia'],
    ['CN', 'china'],
    ['AZ', 'caucasus'],
    ['DE', 'europe'],
    ['RS', 'europe'],
    ['AE', 'middle_east'],
    ['IN', 'south_asia'],
    ['JP', 'east_asia'],
    ['CM', 'africa'],
    ['BR', 'americas'],
  ])('%s belongs to the region group %s', (code, region) => {
    expect(getCountry(code)?.region).toBe(region);
  });

  test('every ISO country is listed with a known region group and a centroid on the globe', () => {
    const countries = listCountries();
    expect(countries).toHaveLength(250);
    const invalid = countries.filter(
      ({ region, centroid: [lat, lon] }) =>
        !REGION_GROUPS.includes(region) || Math.abs(lat) > 90 || Math.abs(lon) > 180,
    );
    expect(invalid).toEqual([]);
  });
});
