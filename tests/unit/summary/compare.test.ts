import { describe, expect, test } from 'vitest';
import { countryChanges, type CountryRow } from '@/lib/compare/pairs';
import type { ComparePeriods } from '@/lib/filters/compare';
import { asQuarterKey, buildCoverage, quartersBetween, spanCoverage, type QuarterSpan } from '@/lib/periods';
import { buildCompareSummary, type CompareSummaryInput } from '@/lib/summary/compare';
import type { SummaryFigures } from '@/lib/summary/overview';

/*
 * Read off the Q4 2025 report by hand. Quarter III (start in September): rows 13, 16, 22–26, 43, 44,
 * 59–62, 65, 66 — 15 events in 7 spheres, no SMEs, one signed document (row 13). Quarter IV: the
 * other 55 rows in 12 spheres, 187 SME participations in 10 events (rows 1–10), two documents (67, 70).
 */
const noFigures: SummaryFigures = { events: 0, smeParticipations: 0, eventsWithSme: 0, foreignParticipants: 0, eventsWithForeignCount: 0, documentsSigned: 0, abroad: 0, remote: 0 };
const q3: SummaryFigures = { ...noFigures, events: 15, documentsSigned: 1 };
const q4: SummaryFigures = { ...noFigures, events: 55, smeParticipations: 187, eventsWithSme: 10, documentsSigned: 2 };

const country = (code: string, nameRu: string, events: number): CountryRow => ({ code, nameRu, region: 'other', events });
const q3Countries = [country('BY', 'Беларусь', 11), country('CN', 'КНР', 1), country('EG', 'Египет', 1), country('RS', 'Сербия', 1)];
const q4Countries = [
  country('BY', 'Беларусь', 39),
  country('UZ', 'Узбекистан', 6),
  country('CN', 'КНР', 4),
  country('DE', 'Германия', 3),
  country('KZ', 'Казахстан', 3),
  country('KG', 'Киргизия', 3),
  country('EG', 'Египет', 2),
  country('RS', 'Сербия', 1),
  country('AE', 'ОАЭ', 1),
  country('AZ', 'Азербайджан', 1),
  country('EE', 'Эстония', 1),
  country('SK', 'Словакия', 1),
];
const q4Spheres = [
  { shortLabel: 'Экономика', events: 10 },
  { shortLabel: 'Культура и туризм', events: 16 },
  { shortLabel: 'Образование и наука', events: 9 },
  ...Array.from({ length: 9 }, (_, i) => ({ shortLabel: `Сфера ${i + 1}`, events: i < 8 ? 2 : 4 })),
];

const span = (from: string, to = from): QuarterSpan => ({ from: asQuarterKey(from), to: asQuarterKey(to) });
const quarters = (a: string, b: string): ComparePeriods => ({ a: span(a), b: span(b) });
/** Every quarter of 2024–2026 has its report: the comparisons below are all comparable. */
const allCovered = buildCoverage(quartersBetween('2024-Q1', '2026-Q4'), []);

function input(overrides: Partial<CompareSummaryInput> = {}): CompareSummaryInput {
  const periods = overrides.periods ?? quarters('2025-Q3', '2025-Q4');
  return {
    periods,
    filtered: false,
    figures: { a: q3, b: q4 },
    coverage: { a: periods.a && spanCoverage(allCovered, periods.a), b: spanCoverage(allCovered, periods.b) },
    comparable: true,
    missing: '',
    topCountries: q4Countries,
    spheres: q4Spheres,
    countries: countryChanges(q3Countries, q4Countries),
    ...overrides,
  };
}

describe('the real report: III against IV quarter 2025', () => {
  test('in full', () => {
    expect(buildCompareSummary(input())).toBe(
      'В IV квартале 2025 года проведено 55 мероприятий в 12 сферах сотрудничества — на 40 больше, чем в III квартале 2025 года (15). ' +
        'Основные страны-партнёры: Беларусь (39), Узбекистан (6), КНР (4). ' +
        'Больше всего мероприятий в сферах: Культура и туризм (16), Экономика (10), Образование и наука (9). ' +
        'Участий субъектов МСП: 187 (в 10 мероприятиях), в III квартале 2025 года — 0. ' +
        'Подписано документов: 2, в III квартале 2025 года — 1. ' +
        'Страны-партнёры, которых не было в III квартале 2025 года: Узбекистан, Германия, Казахстан, Киргизия, Азербайджан и ещё 3. ' +
        'Сильнее всего изменилось число мероприятий со странами: рост — Беларусь (11 → 39).',
    );
  });

  test('1 → 4 events with China is not called a notable increase', () => {
    expect(buildCompareSummary(input())).not.toMatch(/КНР \(1 → 4\)/);
  });
});

describe('periods are named in the locative', () => {
  test.each<[ComparePeriods, string, string]>([
    [quarters('2024-Q4', '2025-Q4'), 'В IV квартале 2025 года', 'чем в IV квартале 2024 года'],
    [{ a: span('2025-Q1', '2025-Q2'), b: span('2025-Q3', '2025-Q4') }, 'В III–IV кварталах 2025 года', 'чем в I–II кварталах 2025 года'],
    [{ a: span('2024-Q3', '2024-Q4'), b: span('2024-Q4', '2025-Q1') }, 'С IV квартала 2024 года по I квартал 2025 года', 'чем в III–IV кварталах 2024 года'],
  ])('%o', (periods, opening, base) => {
    const text = buildCompareSummary(input({ periods }));
    expect(text.startsWith(`${opening} проведено`)).toBe(true);
    expect(text).toContain(base);
  });

  test('other active filters are mentioned', () => {
    expect(buildCompareSummary(input({ filtered: true }))).toMatch(/^С учётом выбранных фильтров в IV квартале 2025 года проведено 55 мероприятий/);
  });
});

describe('the difference of the totals', () => {
  test.each<[number, number, string]>([
    [15, 55, '— на 40 больше, чем в III квартале 2025 года (15).'],
    [55, 15, '— на 40 меньше, чем в III квартале 2025 года (55).'],
    [21, 21, '— столько же, сколько в III квартале 2025 года.'],
    [0, 1, '— в III квартале 2025 года мероприятий не найдено.'],
  ])('%i → %i', (a, b, clause) => {
    expect(buildCompareSummary(input({ figures: { a: { ...q3, events: a }, b: { ...q4, events: b } } }))).toContain(clause);
  });

  test.each([
    [1, 'проведено 1 мероприятие'],
    [2, 'проведено 2 мероприятия'],
    [5, 'проведено 5 мероприятий'],
    [21, 'проведено 21 мероприятие'],
  ])('%i events agree with their number', (n, phrase) => {
    expect(buildCompareSummary(input({ figures: { a: q3, b: { ...q4, events: n } } }))).toContain(phrase);
  });

  test('nothing in period B', () => {
    expect(buildCompareSummary(input({ figures: { a: q3, b: noFigures } }))).toBe('В IV квартале 2025 года мероприятий не найдено, в III квартале 2025 года проведено 15 мероприятий.');
  });

  test('nothing in either period', () => {
    expect(buildCompareSummary(input({ filtered: true, figures: { a: noFigures, b: noFigures } }))).toBe(
      'С учётом выбранных фильтров ни в III квартале 2025 года, ни в IV квартале 2025 года мероприятий не найдено.',
    );
  });
});

describe('figures and changes', () => {
  test('SME participations of both periods, with the events in the right case', () => {
    const a = { ...q3, smeParticipations: 12, eventsWithSme: 1 };
    expect(buildCompareSummary(input({ figures: { a, b: q4 } }))).toContain('Участий субъектов МСП: 187 (в 10 мероприятиях), в III квартале 2025 года — 12 (в 1 мероприятии).');
  });

  test('figures that are zero in both periods are left out', () => {
    const text = buildCompareSummary(input({ figures: { a: { ...q3, documentsSigned: 0 }, b: { ...q4, smeParticipations: 0, eventsWithSme: 0, documentsSigned: 0 } } }));
    expect(text).not.toMatch(/МСП|Подписано/);
  });

  test('countries that dropped out and countries with fewer events are named', () => {
    const countries = countryChanges([country('BY', 'Беларусь', 20), country('RS', 'Сербия', 2)], [country('BY', 'Беларусь', 12)]);
    const text = buildCompareSummary(input({ countries }));
    expect(text).toContain('Сильнее всего изменилось число мероприятий со странами: снижение — Беларусь (20 → 12).');
    expect(text).toContain('В IV квартале 2025 года не было мероприятий со странами: Сербия.');
    expect(text).not.toMatch(/которых не было|рост —/);
  });

  test('rises and falls follow one rule: a larger fall is named beside a smaller rise, biggest first', () => {
    // KZ +6 (3 → 9) and DE +5 (5 → 10) are large rises; BY −20 (40 → 20) a large fall; CN −3 (10 → 7) is below the rule, as +3 (7 → 10) would be.
    const a = [country('BY', 'Беларусь', 40), country('KZ', 'Казахстан', 3), country('DE', 'Германия', 5), country('CN', 'КНР', 10)];
    const b = [country('BY', 'Беларусь', 20), country('KZ', 'Казахстан', 9), country('DE', 'Германия', 10), country('CN', 'КНР', 7)];
    const text = buildCompareSummary(input({ countries: countryChanges(a, b) }));
    expect(text).toContain('Сильнее всего изменилось число мероприятий со странами: рост — Казахстан (3 → 9), Германия (5 → 10); снижение — Беларусь (40 → 20).');
    expect(text).not.toMatch(/КНР \(10 → 7\)/);
    const mirrored = buildCompareSummary(input({ countries: countryChanges(b, a) }));
    expect(mirrored).toContain('рост — Беларусь (20 → 40); снижение — Казахстан (9 → 3), Германия (10 → 5).');
  });

  test('under a country filter every sentence names it: Belarus is "not a partner" only among events with Uzbekistan', () => {
    const text = buildCompareSummary(
      input({
        scope: 'среди мероприятий с Узбекистаном',
        single: { country: true, sphere: false },
        figures: { a: { ...noFigures, events: 2 }, b: { ...noFigures, events: 6 } },
        topCountries: [country('UZ', 'Узбекистан', 6)],
        countries: countryChanges([country('UZ', 'Узбекистан', 2), country('BY', 'Беларусь', 1)], [country('UZ', 'Узбекистан', 6)]),
      }),
    );
    const sentences = text.split(/(?<=\.)\s+(?=[А-ЯЁ])/u);
    for (const sentence of sentences) expect(sentence).toMatch(/^Среди мероприятий с Узбекистаном /);
    expect(text).toContain('Среди мероприятий с Узбекистаном в IV квартале 2025 года не было мероприятий со странами: Беларусь.');
    expect(text).not.toMatch(/основные страны-партнёры: Узбекистан/);
  });
});
