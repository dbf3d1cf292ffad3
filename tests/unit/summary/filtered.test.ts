/**
 * Summaries of filtered views, built as the comparison page builds them, from a real SQLite file
 * holding the test Q3 2025 report and the real Q4 2025 report, checked sentence by sentence: every
 * sentence names the filter's scope, no ranking repeats a one-value filter, and rises and falls are
 * named by the same rule.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadComparison } from '@/lib/compare/periods';
import { EMPTY_FILTERS, type Filters } from '@/lib/filters/filters';
import { asQuarterKey } from '@/lib/periods';
import { comparisonSummary } from '@/lib/compare/summary';
import { REAL_REPORT_PATH } from '@/tests/helpers/real-report';
import { createReportsDb, TEST_REPORTS, type TestDb } from '@/tests/helpers/test-db';

const PERIODS = { a: { from: asQuarterKey('2025-Q3'), to: asQuarterKey('2025-Q3') }, b: { from: asQuarterKey('2025-Q4'), to: asQuarterKey('2025-Q4') } };
const sentencesOf = (text: string) => text.split(/(?<=\.)\s+(?=[А-ЯЁ])/u);

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createReportsDb([TEST_REPORTS.q3_2025, REAL_REPORT_PATH]);
});
afterAll(() => testDb.cleanup());

function summaryOf(partial: Partial<Filters>): string {
  const filters = { ...EMPTY_FILTERS, ...partial };
  return comparisonSummary(testDb.db, loadComparison(testDb.db, filters, PERIODS), filters);
}

describe('comparison summaries of filtered views, sentence by sentence', () => {
  test('Uzbekistan (6 events in quarter IV, none in III): every sentence is about events with Uzbekistan', () => {
    const sentences = sentencesOf(summaryOf({ country: ['UZ'] }));
    for (const sentence of sentences) expect(sentence).toMatch(/^Среди мероприятий с Узбекистаном /);
    expect(sentences[0]).toMatch(/^Среди мероприятий с Узбекистаном в IV квартале 2025 года проведено 6 мероприятий/);
    expect(sentences.join(' ')).not.toMatch(/основные страны-партнёры: Узбекистан/);
  });

  test('Estonia, one event: not its own main partner, nor a "new" partner of its own events', () => {
    const text = summaryOf({ country: ['EE'] });
    expect(text).not.toMatch(/Эстония/);
    for (const sentence of sentencesOf(text)) expect(sentence).toMatch(/^Среди мероприятий с Эстонией /);
  });

  test('culture and tourism (6 → 16): one sphere is not ranked nor counted as "1 сфера"', () => {
    const text = summaryOf({ sphere: ['culture-tourism'] });
    for (const sentence of sentencesOf(text)) expect(sentence).toMatch(/^Среди мероприятий в сфере «Культура и туризм» /);
    expect(text).toMatch(/проведено 16 мероприятий — на 10 больше, чем в III квартале 2025 года \(6\)/);
    expect(text).not.toMatch(/сфере сотрудничества|Больше всего мероприятий в сферах/);
  });

  test('no filter: rises and falls of partner countries by one rule (Belarus 14 → 39 is the one large change)', () => {
    const text = summaryOf({});
    expect(text).toContain('Сильнее всего изменилось число мероприятий со странами: рост — Беларусь (14 → 39).');
    expect(text).not.toMatch(/Среди мероприятий/);
  });
});
