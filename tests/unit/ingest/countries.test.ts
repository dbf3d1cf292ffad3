import { describe, expect, test } from 'vitest';
import { parseCountries } from '@/lib/ingest/countries';
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
