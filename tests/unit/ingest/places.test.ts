import { describe, expect, test } from 'vitest';
import { cleanText } from '@/lib/ingest/normalise';
import { parsePlaceCell } from '@/lib/ingest/places';

const NBSP = '\u00a0';

function summary(cell: string) {
  const result = parsePlaceCell(cell);
  return {
    places: result.places.map((place) => `${place.name} ${place.country} ${place.source}`),
    venues: result.venues,
    remote: result.remote,
    warnings: result.warnings.map((warning) => warning.code),
  };
}

// Every distinct place cell of the 2025-Q4 report, copied as it stands (NBSPs included).
describe('place cells of the 2025-Q4 report', () => {
  test.each([
    ['г. Ташкент, \nРеспублика Узбекистан', ['Ташкент UZ gazetteer'], []],
    ['г. Гуанчжоу, \nКитайская Народная Республика', ['Гуанчжоу CN gazetteer'], []],
    ['г. Минск, \nРеспублика Беларусь', ['Минск BY gazetteer'], []],
    [`г.${NBSP}Минск, \nРеспублика Беларусь`, ['Минск BY gazetteer'], []],
    ['г. Алматы, \nРеспублика Казахстан', ['Алматы KZ gazetteer'], []],
    ['г. Смоленск', ['Смоленск RU gazetteer'], []],
    ['г. Смоленск ', ['Смоленск RU gazetteer'], []],
    [`г.${NBSP}Смоленск`, ['Смоленск RU gazetteer'], []],
    ['г. Москва', ['Москва RU gazetteer'], []],
    ['г. Нижний Новгород', ['Нижний Новгород RU gazetteer'], []],
    ['г. Бишкек,\nКыргызская Республика', ['Бишкек KG gazetteer'], []],
    ['г. Орша,\nРеспублика Беларусь', ['Орша BY gazetteer'], []],
    [
      'г. Десногорск,\nСмоленская область,\nтерритория ЦИСО «Нейтрино» Десногорской АЭС',
      ['Десногорск RU gazetteer'],
      ['территория ЦИСО «Нейтрино» Десногорской АЭС'],
    ],
    ['г. Смоленск,\nул. Энгельса, д. 23', ['Смоленск RU gazetteer'], ['ул. Энгельса, д. 23']],
    [
      `г. Смоленск, \nтерритория ООО${NBSP}«Корпорация инвестиционного развития Смоленской области» `,
      ['Смоленск RU gazetteer'],
      ['территория ООО «Корпорация инвестиционного развития Смоленской области»'],
    ],
    ['г. Смоленск, \nСОГАУ «Дворец спорта «Юбилейный»', ['Смоленск RU gazetteer'], ['СОГАУ «Дворец спорта «Юбилейный»']],
    [
      'г. Брест,\nРеспублика Беларусь,\nБрестский областной центр олимпийского резерва по легкой атлетике',
      ['Брест BY gazetteer'],
      ['Брестский областной центр олимпийского резерва по легкой атлетике'],
    ],
    [
      `г. Смоленск, \nГБУК «Смоленская областная универсальная научная библиотека им. А.Т.${NBSP}Твардовского»`,
      ['Смоленск RU gazetteer'],
      ['ГБУК «Смоленская областная универсальная научная библиотека им. А.Т. Твардовского»'],
    ],
    ['г. Смоленск,\nЦентр культуры «Заднепровье»', ['Смоленск RU gazetteer'], ['Центр культуры «Заднепровье»']],
    [
      'г. Смоленск,\nОГБУК «Культурно-досуговый центр «Губернский»',
      ['Смоленск RU gazetteer'],
      ['ОГБУК «Культурно-досуговый центр «Губернский»'],
    ],
    [
      'г. Санкт-Петербург, Выставочный комплекс \nАО «Госзнак»',
      ['Санкт-Петербург RU gazetteer'],
      ['Выставочный комплекс АО «Госзнак»'],
    ],
    [
      'г. Минск, \nРеспублика Беларусь,\nБелорусский государственный университет',
      ['Минск BY gazetteer'],
      ['Белорусский государственный университет'],
    ],
    [
      'г. Смоленск,\nОБУК «Смоленский государственный академический драматический театр им. А.С. Грибоедова»',
      ['Смоленск RU gazetteer'],
      ['ОБУК «Смоленский государственный академический драматический театр им. А.С. Грибоедова»'],
    ],
    [
      'г. Витебск, \nРеспублика Беларусь,\nВитебский государственный университет',
      ['Витебск BY gazetteer'],
      ['Витебский государственный университет'],
    ],
    ['г. Смоленск, Художественная галерея', ['Смоленск RU gazetteer'], ['Художественная галерея']],
    [
      'г. Смоленск, \nФГБОУ ВО «Смоленский государственный университет»',
      ['Смоленск RU gazetteer'],
      ['ФГБОУ ВО «Смоленский государственный университет»'],
    ],
    ['г. Смоленск, Исторический музей', ['Смоленск RU gazetteer'], ['Исторический музей']],
    [
      'г. Москва,\nАНО «Национальный центр исторической памяти при Президенте Российской Федерации», \nЦВЗ «Манеж», \nМузей Победы',
      ['Москва RU gazetteer'],
      ['АНО «Национальный центр исторической памяти при Президенте Российской Федерации»', 'ЦВЗ «Манеж»', 'Музей Победы'],
    ],
    ['г. Смоленск,\nОГБОУ «Смоленский институт искусств»', ['Смоленск RU gazetteer'], ['ОГБОУ «Смоленский институт искусств»']],
    [
      'г. Смоленск,\nОГБОУ ВО «Смоленский государственный институт искусств»',
      ['Смоленск RU gazetteer'],
      ['ОГБОУ ВО «Смоленский государственный институт искусств»'],
    ],
    ['г. Смоленск, \nСОГБОУ «Лицей имени Кирилла и Мефодия»', ['Смоленск RU gazetteer'], ['СОГБОУ «Лицей имени Кирилла и Мефодия»']],
    [
      'г. Смоленск,\nСОГБУДО «Центр развития творчества детей и юношества»',
      ['Смоленск RU gazetteer'],
      ['СОГБУДО «Центр развития творчества детей и юношества»'],
    ],
    ['г. Смоленск,\nОГБПОУ «Смоленский педагогический колледж»', ['Смоленск RU gazetteer'], ['ОГБПОУ «Смоленский педагогический колледж»']],
    [
      'г. Смоленск,\nОГАПОУ «Смоленская академия градостроительства и архитектуры»',
      ['Смоленск RU gazetteer'],
      ['ОГАПОУ «Смоленская академия градостроительства и архитектуры»'],
    ],
    ['г. Смоленск,\nСОГБУ ДО «Станция юннатов»', ['Смоленск RU gazetteer'], ['СОГБУ ДО «Станция юннатов»']],
    [
      `г. Минск, \nРеспублика Беларусь,\nУО${NBSP}«Минский государственный колледж монтажных технологий и транспортной логистики»`,
      ['Минск BY gazetteer'],
      ['УО «Минский государственный колледж монтажных технологий и транспортной логистики»'],
    ],
    [
      'дер. Мощинки, Смоленский район, Смоленская область,\nСОГБУ «Жуковский психоневрологический интернат с обособленным спецотделением»',
      ['Мощинки RU gazetteer'],
      ['СОГБУ «Жуковский психоневрологический интернат с обособленным спецотделением»'],
    ],
    [
      'г. Витебск, \nРеспублика Беларусь, ГУО «Витебский городской центр дополнительного образования детей и молодежи»',
      ['Витебск BY gazetteer'],
      ['ГУО «Витебский городской центр дополнительного образования детей и молодежи»'],
    ],
    ['г. Москва,\nКонгресс-центр гостиницы «Космос»,', ['Москва RU gazetteer'], ['Конгресс-центр гостиницы «Космос»']],
    [
      'г. Смоленск,\nСОГБУК «Культурно-выставочный центр имени Тенишевых»',
      ['Смоленск RU gazetteer'],
      ['СОГБУК «Культурно-выставочный центр имени Тенишевых»'],
    ],
    [
      'г. Смоленск,\nспортивно-оздоровительный комплекс «Смена»',
      ['Смоленск RU gazetteer'],
      ['спортивно-оздоровительный комплекс «Смена»'],
    ],
    [
      `г. Смоленск, \nтерритория «Точка кипения» (ул.${NBSP}Пржевальского, \nд. 2-а)`,
      ['Смоленск RU gazetteer'],
      ['территория «Точка кипения» (ул. Пржевальского, д. 2-а)'],
    ],
  ])('in person: %j → %j, venues %j', (cell, places, venues) => {
    expect(summary(cell)).toEqual({ places, venues, remote: false, warnings: [] });
  });

  test.each([
    [`г. Смоленск,\nРоссийская Федерация;\n\nг.${NBSP}Крагуевац,\nРеспублика Сербия\n\n(в дистанционном формате)`, ['Смоленск RU gazetteer', 'Крагуевац RS gazetteer'], []],
    [
      'г. Витебск, \nРеспублика Беларусь,\nГУ «Витебская областная библиотека им. В.И. Ленина»\n(в дистанционном формате)',
      ['Витебск BY gazetteer'],
      ['ГУ «Витебская областная библиотека им. В.И. Ленина»'],
    ],
    ['г. Смоленск,\nСОГБУ ДО «Станция юннатов»\n(в дистанционном формате)', ['Смоленск RU gazetteer'], ['СОГБУ ДО «Станция юннатов»']],
    ['г. Смоленск\n(в дистанционном формате)', ['Смоленск RU gazetteer'], []],
  ])('remote: %j → %j, venues %j', (cell, places, venues) => {
    expect(summary(cell)).toEqual({ places, venues, remote: true, warnings: [] });
  });

  test('an oblast ministry held remotely is placed at the oblast seat, Smolensk', () => {
    const cell = 'Министерство труда и занятости населения Смоленской области\n(в дистанционном формате)';
    expect(summary(cell)).toEqual({
      places: ['Смоленск RU seat'],
      venues: ['Министерство труда и занятости населения Смоленской области'],
      remote: true,
      warnings: ['place_seat_assumed'],
    });
  });

  test('a district of Smolensk oblast is placed at its seat, Roslavl', () => {
    const cell = 'Рославльский район, Смоленская область,\nСОГБПОУ «Козловский многопрофильный аграрный колледж»';
    expect(summary(cell)).toEqual({
      places: ['Рославль RU seat'],
      venues: ['СОГБПОУ «Козловский многопрофильный аграрный колледж»'],
      remote: false,
      warnings: ['place_seat_assumed'],
    });
  });

  test('a village resolves with its own coordinates', () => {
    const [place] = parsePlaceCell('дер. Мощинки, Смоленский район, Смоленская область').places;
    expect(place).toEqual({ name: 'Мощинки', country: 'RU', lat: 54.85, lon: 32, source: 'gazetteer' });
  });
});

describe('settlement markers and country evidence', () => {
  test.each([
    ['г.Смоленск', ['Смоленск RU gazetteer']],
    ['г Смоленск', ['Смоленск RU gazetteer']],
    ['город Минск', ['Минск BY gazetteer']],
    ['пос. Кардымово', ['Кардымово RU gazetteer']],
    ['г. Минск (Республика Беларусь)', ['Минск BY gazetteer']],
    ['г. Рославль (Смоленская область)', ['Рославль RU gazetteer']],
    ['г. Гагарин', ['Гагарин RU gazetteer']],
  ])('%j is read as %j', (cell, places) => {
    expect(summary(cell)).toEqual({ places, venues: [], remote: false, warnings: [] });
  });

  test.each([
    ['г. Зеленоморск, Республика Беларусь', ['Зеленоморск BY centroid'], ['place_country_fallback']],
    ['Республика Беларусь', ['Беларусь BY centroid'], ['place_country_fallback']],
    ['г. Крякозябринск', [], ['unknown_place']],
    ['Дом Советов', [], ['unknown_place']],
    ['', [], ['unknown_place']],
  ])('%j falls back to %j with %j', (cell, places, warnings) => {
    expect(summary(cell)).toMatchObject({ places, warnings });
  });

  test('a settlement known nowhere, with a known country, sits at that country centroid', () => {
    const result = parsePlaceCell('г. Зеленоморск, Республика Беларусь');
    expect(result.places).toEqual([{ name: 'Зеленоморск', country: 'BY', lat: 53.71, lon: 27.95, source: 'centroid' }]);
    expect(result.warnings[0]?.where).toBe('г. Зеленоморск, Республика Беларусь');
    expect(result.warnings[0]?.message).toContain('"Зеленоморск"');
  });

  test('a house number is not a village', () => {
    expect(summary('ул. Ленина, д. 1').places).toEqual([]);
  });
});

// Settlements missing from data/gazetteer/places.json, found in the world data set (GeoNames).
// Coordinates typed from the places' encyclopaedia entries, to 0.1°.
describe('settlements beyond the hand-made gazetteer', () => {
  test.each([
    ['г. Новолукомль, Республика Беларусь', 'Новолукомль', 'BY', 54.67, 29.15],
    ['г. Новолукомле (Республика Беларусь)', 'Новолукомль', 'BY', 54.67, 29.15],
    ['г. Хайфон, Социалистическая Республика Вьетнам', 'Хайфон', 'VN', 20.86, 106.68],
    ['г. Дананг, Вьетнам', 'Дананг', 'VN', 16.07, 108.22],
    ['г. Лобэй, Китайская Народная Республика', 'Лобэй', 'CN', 47.58, 130.83],
    ['г. Брест, Французская Республика', 'Брест', 'FR', 48.39, -4.49],
    ['г. Кировск, Республика Беларусь', 'Кировск', 'BY', 53.27, 29.48],
    ['пгт Новые Бурасы', 'Новые Бурасы', 'RU', 52.13, 46.08],
  ])('%j → %s, %s (%s, %s), flagged for checking', (cell, name, country, lat, lon) => {
    const result = parsePlaceCell(cell);
    expect(result.places).toHaveLength(1);
    const [place] = result.places;
    expect(place).toMatchObject({ name, country, source: 'world' });
    expect(Math.abs((place?.lat ?? 0) - lat)).toBeLessThanOrEqual(0.1);
    expect(Math.abs((place?.lon ?? 0) - lon)).toBeLessThanOrEqual(0.1);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['place_from_world_data']);
    expect(result.warnings[0]?.where).toBe(cell.replace(/\s+/g, ' ').trim());
  });

  test.each([
    ['г. Шклове, Республика Беларусь', 'Шклов'],
    ['г. Жодино, Республика Беларусь', 'Жодино'],
    ['г. Навои, Республика Узбекистан', 'Навои'],
    ['г. Гродна, Республика Беларусь', 'Гродно'],
  ])('the hand list wins: %j → %s from the gazetteer', (cell, name) => {
    expect(summary(cell)).toMatchObject({ places: [`${name} ${name === 'Навои' ? 'UZ' : 'BY'} gazetteer`], warnings: [] });
  });

  test('homonyms without a country stay unknown, and the warning names them', () => {
    const result = parsePlaceCell('г. Кировск');
    expect(result.places).toEqual([]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['unknown_place']);
    expect(result.warnings[0]?.message).toMatch(/"Кировск".*places of that name/);
  });

  test('with the country, a homonym is the one in that country', () => {
    expect(summary('г. Брест, Республика Беларусь').places).toEqual(['Брест BY gazetteer']);
    expect(summary('г. Брест, Французская Республика').places).toEqual(['Брест FR world']);
  });
});

describe('remote markers', () => {
  test.each([
    ['г. Смоленск (в дистанционном формате)', true],
    ['г. Смоленск, дистанционно', true],
    ['г. Смоленск, онлайн', true],
    ['г. Смоленск, в режиме видеоконференцсвязи', true],
    ['г. Смоленск (в формате ВКС)', true],
    ['г. Смоленск, в формате видеоконференции', true],
    ['г. Смоленск, Дом Советов', false],
  ])('%j is remote: %s', (cell, remote) => {
    const result = summary(cell);
    expect(result.remote).toBe(remote);
    expect(result.places).toEqual(['Смоленск RU gazetteer']);
    expect(result.venues).toEqual(remote ? [] : ['Дом Советов']);
  });
});

test('initials are not a settlement marker', () => {
  expect(summary('г. Смоленск, С.А. Лукина')).toEqual({
    places: ['Смоленск RU gazetteer'],
    venues: ['С.А. Лукина'],
    remote: false,
    warnings: [],
  });
});

describe('place wordings of other reports', () => {
  const read = (cell: string) => summary(cleanText(cell));

  test.each([
    ['г. Смоленск – г. Минск (ВКС)', ['Смоленск RU gazetteer', 'Минск BY gazetteer'], true],
    ['г. Смоленск - г. Минск\n(в режиме видеоконференцсвязи)', ['Смоленск RU gazetteer', 'Минск BY gazetteer'], true],
    ['г. Смоленск и г. Витебск', ['Смоленск RU gazetteer', 'Витебск BY gazetteer'], false],
    ['г. Смоленск / г. Орша (онлайн)', ['Смоленск RU gazetteer', 'Орша BY gazetteer'], true],
    ['гг. Смоленск, Витебск', ['Смоленск RU gazetteer', 'Витебск BY gazetteer'], false],
    ['Смоленск – Минск (ВКС)', ['Смоленск RU gazetteer', 'Минск BY gazetteer'], true],
    ['в г. Минске', ['Минск BY gazetteer'], false],
    ['в городе Витебске, Республика Беларусь', ['Витебск BY gazetteer'], false],
    ['Г. МИНСК, РЕСПУБЛИКА БЕЛАРУСЬ', ['Минск BY gazetteer'], false],
    ['Минск, Республика Беларусь', ['Минск BY gazetteer'], false],
    ['г. Смоленск (он-лайн)', ['Смоленск RU gazetteer'], true],
    ['г. Смоленск, онлайн', ['Смоленск RU gazetteer'], true],
    ['г. Смоленск, ВКС', ['Смоленск RU gazetteer'], true],
    ['г. Смоленск, дистанционно', ['Смоленск RU gazetteer'], true],
    ['г. Смоленск (видеоконференцсвязь)', ['Смоленск RU gazetteer'], true],
    ['г. Смо\u00adленск', ['Смоленск RU gazetteer'], false],
    ['г. Cмoленск', ['Смоленск RU gazetteer'], false], // Latin C and o
  ])('%j → %j, remote %s', (cell, places, remote) => {
    const result = read(cell);
    expect({ places: result.places, remote: result.remote }).toEqual({ places, remote });
  });

  test('a street with a house number and a dash stays one venue', () => {
    expect(read('г. Смоленск, ул. Ленина, д. 2 - офис 5')).toMatchObject({ places: ['Смоленск RU gazetteer'], venues: ['ул. Ленина, д. 2 - офис 5'] });
  });
});
