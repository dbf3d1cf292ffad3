import { describe, expect, test } from 'vitest';
import { EMPTY_FILTERS } from '@/lib/filters/filters';
import { buildOverviewSummary, summaryPeriod, type SummaryFigures, type SummaryInput } from '@/lib/summary/overview';

/** Figures of the Q4 2025 report, read off the report by hand (SME sum 4+3+4+4+3+38+28+29+3+71). */
const q4Figures: SummaryFigures = {
  events: 70,
  smeParticipations: 187,
  eventsWithSme: 10,
  foreignParticipants: 0,
  eventsWithForeignCount: 0,
  documentsSigned: 3,
  abroad: 20,
  remote: 7,
};

function input(overrides: Partial<SummaryInput> = {}): SummaryInput {
  return {
    period: { kind: 'all', reports: ['2025-Q4'] },
    filtered: false,
    figures: q4Figures,
    topCountries: [
      { nameRu: 'Беларусь', events: 50 },
      { nameRu: 'Узбекистан', events: 6 },
      { nameRu: 'КНР', events: 5 },
      { nameRu: 'Германия', events: 3 },
    ],
    spheres: [
      { shortLabel: 'Экономика', events: 10 },
      { shortLabel: 'Культура и туризм', events: 21 },
      { shortLabel: 'Образование и наука', events: 11 },
      { shortLabel: 'Инвестиции', events: 2 },
    ],
    ...overrides,
  };
}

const figures = (overrides: Partial<SummaryFigures>): SummaryFigures => ({ ...q4Figures, ...overrides });
const nbsp = (text: string) => text.replace(/ (?=\d{3}\b)/g, '\u00a0');

describe('the opening names the period', () => {
  test('all data: the neutral form names the loaded reports', () => {
    expect(buildOverviewSummary(input())).toMatch(/^По данным загруженных отчётов \(IV квартал 2025 года\) проведено 70 мероприятий/);
  });

  test('several reports are listed', () => {
    const text = buildOverviewSummary(input({ period: { kind: 'all', reports: ['2025-Q3', '2025-Q4'] } }));
    expect(text).toMatch(/^По данным загруженных отчётов \(III квартал 2025 года, IV квартал 2025 года\)/);
  });

  test.each([
    [{ kind: 'quarter', key: '2025-Q4' }, 'В IV квартале 2025 года проведено'],
    [{ kind: 'range', from: '2025-Q3', to: '2025-Q4' }, 'В III–IV кварталах 2025 года проведено'],
    [{ kind: 'range', from: '2024-Q4', to: '2025-Q1' }, 'С IV квартала 2024 года по I квартал 2025 года проведено'],
    [{ kind: 'range', from: '2025-Q3' }, 'Начиная с III квартала 2025 года проведено'],
    [{ kind: 'range', to: '2025-Q3' }, 'По III квартал 2025 года включительно проведено'],
  ] as const)('%o → "%s"', (period, opening) => {
    expect(buildOverviewSummary(input({ period }))).toMatch(new RegExp(`^${opening}`));
  });

  test("a report's rows are \"stated\" in that report, not \"held\" in its quarter", () => {
    expect(buildOverviewSummary(input({ period: { kind: 'report', key: '2025-Q4' } }))).toMatch(/^В отчёте за IV квартал 2025 года указано 70 мероприятий/);
  });

  test('other active filters are mentioned', () => {
    expect(buildOverviewSummary(input({ period: { kind: 'quarter', key: '2025-Q4' }, filtered: true }))).toMatch(
      /^В IV квартале 2025 года с учётом выбранных фильтров проведено/,
    );
  });
});

describe('the period is read from the filters', () => {
  test.each([
    [{ report: '2025-Q4' }, { kind: 'report', key: '2025-Q4' }],
    [{ from: '2025-Q4', to: '2025-Q4' }, { kind: 'quarter', key: '2025-Q4' }],
    [{ from: '2025-Q3', to: '2025-Q4' }, { kind: 'range', from: '2025-Q3', to: '2025-Q4' }],
    [{ from: '2025-Q3' }, { kind: 'range', from: '2025-Q3', to: undefined }],
    [{}, { kind: 'all', reports: ['2025-Q4'] }],
  ])('%o', (filters, period) => {
    expect(summaryPeriod({ ...EMPTY_FILTERS, ...filters }, ['2025-Q4'])).toEqual(period);
  });
});

describe('counts agree with their numbers', () => {
  test.each([
    [1, '1 мероприятие в 1 сфере сотрудничества'],
    [2, '2 мероприятия в 2 сферах сотрудничества'],
    [5, '5 мероприятий в 5 сферах сотрудничества'],
    [11, '11 мероприятий в 11 сферах сотрудничества'],
    [21, '21 мероприятие в 21 сфере сотрудничества'],
  ])('%i events in as many spheres', (n, phrase) => {
    const spheres = Array.from({ length: n }, (_, i) => ({ shortLabel: `Сфера ${i + 1}`, events: 1 }));
    expect(buildOverviewSummary(input({ figures: figures({ events: n }), spheres }))).toContain(`проведено ${phrase}`);
  });

  test.each([
    [1, 'в 1 мероприятии'],
    [10, 'в 10 мероприятиях'],
    [21, 'в 21 мероприятии'],
  ])('SME participations in %i events', (n, phrase) => {
    expect(buildOverviewSummary(input({ figures: figures({ eventsWithSme: n }) }))).toContain(`Участий субъектов МСП: 187 (${phrase}).`);
  });

  test.each([
    [1, 'по данным 1 мероприятия'],
    [10, 'по данным 10 мероприятий'],
    [21, 'по данным 21 мероприятия'],
  ])('foreign participants stated by %i events', (n, phrase) => {
    const text = buildOverviewSummary(input({ figures: figures({ foreignParticipants: 1216, eventsWithForeignCount: n }) }));
    expect(text).toContain(nbsp(`Иностранных участников: 1 216 (${phrase}).`));
  });
});

describe('content', () => {
  test('the Q4 2025 report in full', () => {
    expect(buildOverviewSummary(input())).toBe(
      'По данным загруженных отчётов (IV квартал 2025 года) проведено 70 мероприятий в 4 сферах сотрудничества; ' +
        'основные страны-партнёры: Беларусь (50), Узбекистан (6), КНР (5); ' +
        'больше всего мероприятий в сферах: Культура и туризм (21), Образование и наука (11), Экономика (10). ' +
        'Участий субъектов МСП: 187 (в 10 мероприятиях). Подписано документов: 3. ' +
        'За рубежом проведено мероприятий: 20, дистанционно: 7.',
    );
  });

  test('figures that are zero are left out', () => {
    const text = buildOverviewSummary(input({ figures: figures({ smeParticipations: 0, eventsWithSme: 0, documentsSigned: 0, abroad: 0, remote: 0 }) }));
    expect(text).not.toMatch(/МСП|Подписано|За рубежом|Иностранных/);
  });

  test('one sphere is not ranked, and no countries means no partner list', () => {
    const text = buildOverviewSummary(input({ topCountries: [], spheres: [{ shortLabel: 'Экономика', events: 10 }], figures: figures({ events: 10 }) }));
    expect(text).toMatch(/^По данным загруженных отчётов \(IV квартал 2025 года\) проведено 10 мероприятий в 1 сфере сотрудничества\. /);
  });

  test('no events', () => {
    expect(buildOverviewSummary(input({ period: { kind: 'quarter', key: '2025-Q1' }, figures: figures({ events: 0 }) }))).toBe(
      'В I квартале 2025 года мероприятий не найдено.',
    );
  });
});
