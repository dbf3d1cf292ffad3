import { describe, expect, test } from 'vitest';
import { parseCountries } from '@/lib/ingest/countries';
import { normaliseForMatching } from '@/lib/ingest/normalise';
import type { ResolvedPlace } from '@/lib/ingest/types';

function placeIn(country: string, name = 'Город'): ResolvedPlace {
  return { name, country, lat: 0, lon: 0, source: 'gazetteer' };
}

interface RowText {
  title?: string;
  place?: string;
  goal?: string;
  participants?: string;
  venues?: string[];
}

function countriesOf({ title = '', place = '', goal = '', participants = '', venues = [] }: RowText) {
  const links = parseCountries({ title, place, goal, participants, venuePlaces: venues.map((code) => placeIn(code)) });
  return links.map((link) => `${link.code} ${link.role}`);
}

describe('parseCountries', () => {
  test.each<[string, RowText, string[]]>([
    [
      'the venue country is listed once, as venue, even when named again',
      { place: 'г. Минск, \nРеспублика Беларусь', goal: 'на территории Республики Беларусь', venues: ['BY'] },
      ['BY venue'],
    ],
    [
      'a reverse business mission names two partner countries, sorted by code',
      { title: 'Реверсная бизнес-миссия из Республики Казахстан, Республики Беларусь', place: 'г. Смоленск', venues: ['RU'] },
      ['BY partner', 'KZ partner'],
    ],
    [
      'a chamber named by a compound adjective implies Germany',
      { title: 'рабочая встреча с членами Российско-Германской внешнеторговой палаты', place: 'г. Москва', venues: ['RU'] },
      ['DE partner'],
    ],
    [
      'a consulate in Bonn (ФРГ) and compatriots in Germany give Germany once',
      {
        participants:
          'представители Генерального консульства Российской Федерации в Бонне (ФРГ), соотечественники, проживающие в Германии (8 человек)',
        venues: ['RU'],
      },
      ['DE partner'],
    ],
    [
      'a compatriot meeting with the embassy in Estonia gives Estonia',
      { participants: 'секретарь Консульского отдела Посольства Российской Федерации в Эстонской Республике', venues: ['RU'] },
      ['EE partner'],
    ],
    [
      'a foreign settlement alone implies its country',
      { goal: 'поставки кабелей, производимых ООО «ПО «Энергокомплект» (г. Витебск)', venues: ['RU'] },
      ['BY partner'],
    ],
    [
      'a Russian settlement implies nothing',
      { participants: 'сотрудники музеев г. Москвы, г. Екатеринбурга', venues: ['RU'] },
      [],
    ],
    [
      'the number of countries of the world names none',
      { participants: '1 000 человек – представители молодежи иностранных государств \n(120 стран мира)', venues: ['RU'] },
      [],
    ],
    [
      'multilateral bodies are not countries',
      { goal: 'объединение народов СНГ и ЕАЭС, Союзного государства, совместный проект с ЮНИСЕФ', venues: ['RU'] },
      [],
    ],
    [
      'a youth forum in Minsk lists every CIS country it names',
      {
        place: 'г. Минск, \nРеспублика Беларусь',
        goal: 'лидеров из Беларуси, России, Азербайджана, Казахстана, Кыргызстана, Узбекистана и Таджикистана',
        venues: ['BY'],
      },
      ['AZ partner', 'BY venue', 'KG partner', 'KZ partner', 'TJ partner', 'UZ partner'],
    ],
    [
      'foreign students are counted by their long official country names',
      {
        participants:
          'иностранные обучающиеся из Китайской Народной Республики, Республики Индия, Алжирской Народной Демократической Республики, Федеративной Демократической Республики Эфиопия, Арабской Республики Египет',
        venues: ['RU'],
      },
      ['CN partner', 'DZ partner', 'EG partner', 'ET partner', 'IN partner'],
    ],
    [
      'a round table held in two cities makes the foreign one a venue',
      { place: 'г. Смоленск,\nРоссийская Федерация;\n\nг. Крагуевац,\nРеспублика Сербия', venues: ['RU', 'RS'] },
      ['RS venue'],
    ],
    [
      'the wartime "немецко-фашистская оккупация" does not make Germany a partner',
      { goal: 'освобождению города-героя Смоленска от немецко-фашистской оккупации', participants: 'Республики Беларусь (2 участника)' },
      ['BY partner'],
    ],
    [
      '"Русский мир" and Russia alone give no foreign country',
      { title: 'Форум «Русский мир против нацизма»', participants: 'органов Российской Федерации', venues: ['RU'] },
      [],
    ],
    [
      'a foreign theatre named by its region adjective and a country in parentheses',
      { title: 'Показ спектаклей Ферганским областным русским драматическим театром (Республика Узбекистан)', venues: ['RU'] },
      ['UZ partner'],
    ],
  ])('%s', (_, row, expected) => {
    expect(countriesOf(row)).toEqual(expected);
  });
});

describe('country wordings of other reports', () => {
  const codes = (row: RowText) => countriesOf({ ...row, goal: normaliseForMatching(row.goal ?? ''), participants: normaliseForMatching(row.participants ?? '') });

  test.each<[string, string, string[]]>([
    ['official abbreviations in any cell', 'делегации РБ, КНР, ФРГ, США, ОАЭ и КНДР', ['AE', 'BY', 'CN', 'DE', 'KP', 'US']],
    ['more abbreviations used in official letters', 'партнеры из РУз, ИРИ, СРВ, АРЕ и КСА', ['EG', 'IR', 'SA', 'UZ', 'VN']],
    ['"РФ" is Russia, never a foreign country', 'представители РФ', []],
    ['"РК" is ambiguous and names no country', 'делегация РК', []],
    ['long official forms, any case', 'представители Федеративной Демократической Республики Эфиопия, Султаната Оман', ['ET', 'OM']],
    ['long official forms in capitals', 'ИСЛАМСКОЙ РЕСПУБЛИКИ ИРАН И СОЦИАЛИСТИЧЕСКОЙ РЕСПУБЛИКИ ВЬЕТНАМ', ['IR', 'VN']],
    ['lower-case long forms', 'социалистической республики вьетнам', ['VN']],
    ['common misspellings', 'из Белорусь, Казакстана и Кыргыстана', ['BY', 'KG', 'KZ']],
    ['more misspellings', 'Беларуссии, Таджикстана, Азербаджана', ['AZ', 'BY', 'TJ']],
    ['Latin look-alike letters inside a Cyrillic name', 'делегация Pеспублики Бeларусь и Kитая', ['BY', 'CN']],
    ['a soft hyphen inside a name', 'Ка\u00adзах\u00adстан', ['KZ']],
    ['a currency is not a country', 'контракты на 5 млн евро, 300 тыс. юаней, 2 млн тенге и 40 млн сумов', []],
    ['"долларов США" is a currency', 'объем поставок – 1,2 млн долларов США', []],
    ['"белорусских рублей" is a currency', 'стоимость 300 тыс. белорусских рублей', []],
    ['a currency beside a named partner keeps the partner', 'сделки с партнерами из США на 1 млн долларов США', ['US']],
    ['a country adjective beside a currency and elsewhere', 'китайские партнеры, расчеты в китайских юанях', ['CN']],
  ])('%s', (_, goal, expected) => {
    expect(codes({ goal }).map((link) => link.split(' ')[0])).toEqual(expected);
  });
});
