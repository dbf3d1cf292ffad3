import { describe, expect, test } from 'vitest';
import { loadBrief } from '@/lib/brief/load-brief';
import { EMPTY_FILTERS } from '@/lib/filters/filters';
import { realReportDbPerFile } from '@/tests/helpers/test-db';

const testDb = realReportDbPerFile();

const PREPARED = new Date(Date.UTC(2026, 0, 15, 9));

describe('the справка of the Q4 2025 report', () => {
  test('key figures are the report’s (read by hand): 70 events, 187 SME participations in 10 events, 3 documents, 20 abroad', () => {
    const brief = loadBrief(testDb.db, EMPTY_FILTERS, PREPARED);
    const value = (key: string) => brief.figures.find((figure) => figure.key === key)?.value;
    expect(value('events')).toBe(70);
    expect(value('smeParticipations')).toBe(187);
    expect(value('eventsWithSme')).toBe(10);
    expect(value('documentsSigned')).toBe(3);
    expect(value('abroad')).toBe(20);
    // Remote: the 7 place cells that say "(в дистанционном формате)" and row 50, a "заочный конкурс".
    expect(value('remote')).toBe(8);
  });

  test('the header names the period, the date of preparation and the report it rests on', () => {
    const brief = loadBrief(testDb.db, EMPTY_FILTERS, PREPARED);
    expect(brief.preparedOn).toBe('15 января 2026 г.');
    expect(brief.periodLabel).toContain('IV квартал 2025 г.');
    expect(brief.coverage).toContain('В справке 70 мероприятий');
    expect(brief.coverage).not.toContain('..');
  });

  test('no changes without a single quarter; a single quarter without the previous report says which report is missing', () => {
    expect(loadBrief(testDb.db, EMPTY_FILTERS, PREPARED).changeHead).toBeUndefined();
    const q4 = loadBrief(testDb.db, { ...EMPTY_FILTERS, from: '2025-Q4', to: '2025-Q4' }, PREPARED);
    expect(q4.changeHead).toBeUndefined();
    expect(q4.changeNote).toContain('III квартал 2025 г.');
    expect(q4.figures.every((figure) => figure.change === undefined)).toBe(true);
  });

  test('the main events are the ten with SMEs (4+3+4+4+3+38+28+29+3+71), in date order', () => {
    const brief = loadBrief(testDb.db, EMPTY_FILTERS, PREPARED);
    expect(brief.events.map((event) => Number(event.sme)).sort((a, b) => a - b)).toEqual([3, 3, 3, 4, 4, 4, 28, 29, 38, 71]);
    expect(brief.events.at(-1)?.sme).toBe('71');
    expect(brief.eventsNote).toContain('10 из 70');
  });
});
