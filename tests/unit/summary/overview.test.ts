import { describe, expect, test } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '@/lib/filters/filters';
import { buildOverviewSummary, summaryPeriod, type SummaryFigures, type SummaryInput, type SummaryPeriod } from '@/lib/summary/overview';
import { countryInstrumental, scopePhrase, singleValued } from '@/lib/summary/scope';
import { leaders } from '@/lib/summary/leaders';

/*
 * Quarter IV of 2025 as the Q4 report gives it, read off the report by hand: 55 rows start in
 * October–December; 10 of them with SMEs (rows 1–10: 4+3+4+4+3+38+28+29+3+71 = 187), 2 documents
 * (rows 67, 70), 16 abroad, 6 remote; Belarus 39, Uzbekistan 6, China 4 of 17 partner countries;
 * foreign participants stated for 5 events in the region (109 in all).
 */
const q4: SummaryFigures = {
  events: 55,
  partnerCountries: 17,
  smeParticipations: 187,
  eventsWithSme: 10,
  foreignParticipants: 109,
  eventsWithForeignCount: 5,
  foreignInRegion: 109,
  eventsWithForeignInRegion: 5,
  foreignElsewhere: 0,
  eventsWithForeignElsewhere: 0,
  documentsSigned: 2,
  abroad: 16,
  remote: 6,
};

const Q4_COUNTRIES = [
  { nameRu: 'Беларусь', events: 39 },
  { nameRu: 'Узбекистан', events: 6 },
  { nameRu: 'КНР', events: 4 },
  { nameRu: 'Германия', events: 3 },
  { nameRu: 'Эстония', events: 1 },
];
const Q4_SPHERES = [
  { shortLabel: 'Культура и туризм', events: 16 },
  { shortLabel: 'Экономика', events: 10 },
  { shortLabel: 'Образование и наука', events: 9 },
  { shortLabel: 'Общие направления', events: 4 },
  { shortLabel: 'ЖКХ и энергетика', events: 1 },
];

function input(overrides: Partial<SummaryInput> = {}): SummaryInput {
  return { period: { kind: 'quarter', key: '2025-Q4' }, figures: q4, topCountries: Q4_COUNTRIES, spheres: Q4_SPHERES, ...overrides };
}

const figures = (overrides: Partial<SummaryFigures>): SummaryFigures => ({ ...q4, ...overrides });
const sentencesOf = (text: string) => text.split(/(?<=\.)\s+(?=[А-ЯЁ])/u);
const names = { spheres: { economy: 'Экономика', 'culture-tourism': 'Культура и туризм' }, countries: { UZ: 'Узбекистан', BY: 'Беларусь', EE: 'Эстония', CN: 'КНР' } };
const filters = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });

describe('the first three things a governor says: volume and change, partners, SMEs and documents', () => {
  test('quarter IV against quarter III with its report', () => {
    const text = buildOverviewSummary(input({ baseline: { phrase: 'в III квартале 2025 года', events: 19 } }));
    expect(sentencesOf(text).slice(0, 3)).toEqual([
      'В IV квартале 2025 года проведено 55 мероприятий — на 36 больше, чем в III квартале 2025 года (19).',
      'Основные страны-партнёры: Беларусь (39), Узбекистан (6), КНР (4); всего стран-партнёров — 17.',
      'Субъекты МСП участвовали в 10 мероприятиях из 55 (18 %), участий — 187; подписано документов: 2.',
    ]);
  });

  test('a fall is said as plainly as a rise, and no change as such', () => {
    expect(buildOverviewSummary(input({ baseline: { phrase: 'в III квартале 2025 года', events: 60 } }))).toMatch(/^В IV квартале 2025 года проведено 55 мероприятий — на 5 меньше, чем в III квартале 2025 года \(60\)\./);
    expect(buildOverviewSummary(input({ baseline: { phrase: 'в III квартале 2025 года', events: 55 } }))).toMatch(/— столько же, сколько в III квартале 2025 года\./);
  });

  test('without a previous quarter that has its report, the summary says why instead of comparing', () => {
    expect(sentencesOf(buildOverviewSummary(input({ baselineMissing: 'нет отчёта за III кв. 2025' })))[0]).toBe(
      'В IV квартале 2025 года проведено 55 мероприятий; сравнить с предыдущим кварталом нельзя: нет отчёта за III кв. 2025.',
    );
  });

  test('then spheres, foreign participants by where the event was, abroad and remote', () => {
    expect(sentencesOf(buildOverviewSummary(input())).slice(3)).toEqual([
      'Больше всего мероприятий в сферах: Культура и туризм (16), Экономика (10), Образование и наука (9).',
      'Иностранных участников на мероприятиях в области — 109 (по данным 5 мероприятий).',
      'За рубежом проведено мероприятий: 16, дистанционно: 6.',
    ]);
  });

  test('a festival elsewhere does not swell the regional figure: the two are said apart', () => {
    const text = buildOverviewSummary(input({ figures: figures({ foreignInRegion: 216, eventsWithForeignInRegion: 9, foreignElsewhere: 1000, eventsWithForeignElsewhere: 1 }) }));
    expect(text).toContain('Иностранных участников на мероприятиях в области — 216 (по данным 9 мероприятий); на мероприятиях за её пределами — 1\u00a0000 (по данным 1 мероприятия).');
  });
});

describe('periods', () => {
  test.each<[SummaryPeriod, string]>([
    [{ kind: 'quarter', key: '2025-Q4' }, 'В IV квартале 2025 года проведено'],
    [{ kind: 'report', key: '2025-Q4' }, 'В отчёте за IV квартал 2025 года указано'],
    [{ kind: 'range', from: '2025-Q3', to: '2025-Q4' }, 'В III–IV кварталах 2025 года проведено'],
    [{ kind: 'range', from: '2025-Q1', to: '2025-Q4' }, 'В 2025 году проведено'],
    [{ kind: 'range', from: '2024-Q4', to: '2025-Q1' }, 'С IV квартала 2024 года по I квартал 2025 года проведено'],
    [{ kind: 'range', from: '2025-Q3' }, 'Начиная с III квартала 2025 года проведено'],
    [{ kind: 'all', reports: ['2025-Q3', '2025-Q4'] }, 'По данным загруженных отчётов (III квартал 2025 года, IV квартал 2025 года) проведено'],
  ])('%o → "%s"', (period, opening) => {
    expect(buildOverviewSummary(input({ period })).startsWith(opening)).toBe(true);
  });

  test.each([
    [{ report: '2025-Q4' }, { kind: 'report', key: '2025-Q4' }],
    [{ from: '2025-Q4', to: '2025-Q4' }, { kind: 'quarter', key: '2025-Q4' }],
    [{ from: '2025-Q3', to: '2025-Q4' }, { kind: 'range', from: '2025-Q3', to: '2025-Q4' }],
    [{}, { kind: 'all', reports: ['2025-Q4'] }],
  ])('%o is read as %o', (partial, period) => {
    expect(summaryPeriod(filters(partial), ['2025-Q4'])).toEqual(period);
  });

  test('nothing loaded for the period: the coverage line, not "0 мероприятий"', () => {
    const text = buildOverviewSummary(input({ figures: figures({ events: 0 }), coverage: { status: 'empty', note: 'Нет загруженных отчётов за I–II кв. 2025.' } }));
    expect(text).toBe('Нет загруженных отчётов за I–II кв. 2025.');
  });

  test('some quarters without their report: the opening names them', () => {
    expect(sentencesOf(buildOverviewSummary(input({ period: { kind: 'range', from: '2025-Q3', to: '2025-Q4' }, coverage: { status: 'incomplete', missing: 'нет отчёта за III кв. 2025' } })))[0]).toBe(
      'В III–IV кварталах 2025 года проведено 55 мероприятий (нет отчёта за III кв. 2025).',
    );
  });
});

describe('every claim names its scope', () => {
  test('under a country filter every sentence starts with it, in the instrumental case', () => {
    const scope = scopePhrase(filters({ country: ['UZ'] }), names);
    expect(scope).toBe('среди мероприятий с Узбекистаном');
    const text = buildOverviewSummary(input({ scope, single: singleValued(filters({ country: ['UZ'] })), figures: figures({ events: 6 }), topCountries: [{ nameRu: 'Узбекистан', events: 6 }, { nameRu: 'Беларусь', events: 2 }] }));
    for (const sentence of sentencesOf(text)) expect(sentence).toMatch(/^Среди мероприятий с Узбекистаном /);
  });

  test.each([
    [{ country: ['BY', 'UZ'] }, 'среди мероприятий с Беларусью или Узбекистаном'],
    [{ country: ['CN'] }, 'среди мероприятий с КНР'],
    [{ sphere: ['economy'] }, 'среди мероприятий в сфере «Экономика»'],
    [{ sphere: ['economy', 'culture-tourism'], country: ['EE'] }, 'среди мероприятий с Эстонией в сферах «Экономика», «Культура и туризм»'],
    [{ region: ['central_asia'], kind: ['forum'] }, 'среди мероприятий со странами региона «Центральная Азия» вида «Форум, слёт»'],
    [{ has: ['sme'] as const }, 'среди мероприятий с отметкой «С участием МСП»'],
    [{}, ''],
  ] as const)('%o → "%s"', (partial, phrase) => {
    expect(scopePhrase(filters(partial as Partial<Filters>), names)).toBe(phrase);
  });

  test.each([
    ['BY', 'Беларусь', 'Беларусью'],
    ['UZ', 'Узбекистан', 'Узбекистаном'],
    ['DE', 'Германия', 'Германией'],
    ['EG', 'Египет', 'Египтом'],
    ['CN', 'КНР', 'КНР'],
    ['AE', 'ОАЭ', 'ОАЭ'],
  ])('%s: с %s → с %s', (code, name, instrumental) => {
    expect(countryInstrumental(code, name)).toBe(instrumental);
  });
});

describe('no tautologies, no ties', () => {
  test('one country in the filter: no "основные страны-партнёры: Эстония (1)"', () => {
    const text = buildOverviewSummary(input({ scope: 'среди мероприятий с Эстонией', single: { country: true, sphere: false }, figures: figures({ events: 1, partnerCountries: 1 }), topCountries: [{ nameRu: 'Эстония', events: 1 }] }));
    expect(text).not.toMatch(/страны-партн/);
  });

  test('one sphere in the filter: no ranking of spheres', () => {
    const text = buildOverviewSummary(input({ scope: 'среди мероприятий в сфере «Экономика»', single: { country: false, sphere: true } }));
    expect(text).not.toMatch(/Больше всего мероприятий в сферах/);
  });

  test('spheres tied at one event are not "the most"', () => {
    const spheres = [{ shortLabel: 'Культура и туризм', events: 3 }, { shortLabel: 'Экономика', events: 1 }, { shortLabel: 'Спорт', events: 1 }, { shortLabel: 'Наука', events: 1 }];
    expect(buildOverviewSummary(input({ spheres }))).toContain('Больше всего мероприятий в сферах: Культура и туризм (3).');
    const allTied = spheres.map((sphere) => ({ ...sphere, events: 1 }));
    expect(buildOverviewSummary(input({ spheres: allTied }))).not.toMatch(/Больше всего/);
  });

  test.each([
    [[5, 3, 3, 1], [5, 3, 3]],
    [[5, 4, 3, 3], [5, 4]],
    [[5, 1, 1], [5]],
    [[2, 2], []],
    [[5, 3], [5, 3]],
    [[7], [7]],
  ])('leaders of %j are %j', (values, expected) => {
    expect(leaders(values, (n) => n, 3)).toEqual(expected);
  });
});

describe('counts agree with their numbers', () => {
  test.each([
    [1, 'проведено 1 мероприятие'],
    [2, 'проведено 2 мероприятия'],
    [5, 'проведено 5 мероприятий'],
    [21, 'проведено 21 мероприятие'],
  ])('%i events', (n, phrase) => {
    expect(buildOverviewSummary(input({ figures: figures({ events: n }) }))).toContain(phrase);
  });

  test.each([
    [1, 'в 1 мероприятии'],
    [10, 'в 10 мероприятиях'],
    [21, 'в 21 мероприятии'],
  ])('SMEs in %i events', (n, phrase) => {
    expect(buildOverviewSummary(input({ figures: figures({ eventsWithSme: n }) }))).toContain(`Субъекты МСП участвовали ${phrase} из 55`);
  });

  test('figures that are zero are left out', () => {
    const text = buildOverviewSummary(input({ figures: figures({ smeParticipations: 0, eventsWithSme: 0, documentsSigned: 0, abroad: 0, remote: 0, eventsWithForeignInRegion: 0 }) }));
    expect(text).not.toMatch(/МСП|подписано|За рубежом|Иностранных/);
  });
});
