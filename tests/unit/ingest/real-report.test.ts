/**
 * The parser on the whole real report, against values read off the report by hand
 * (tests/fixtures/expected/2025-Q4.ts). Where the parser's documented rules give another value
 * than the analyst's reading, the row is listed in KNOWN_DIFFERENCES with the reason.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { isWorldDataLoaded } from '@/lib/geo/world-data';
import { parseReport } from '@/lib/ingest';
import { readDocxTable } from '@/lib/ingest/table-docx';
import { readTextTable } from '@/lib/ingest/table-text';
import type { ParsedEvent, ParsedReport } from '@/lib/ingest/types';
import { buildReportDocx } from '@/tests/fixtures/build-docx';
import { expectedEvents, expectedReport, type ExpectedEvent } from '@/tests/fixtures/expected/2025-Q4';
import { realReportText } from '@/tests/helpers/real-report';

/** Fields where the parser's rule and the analyst's judgment differ, and why. */
const KNOWN_DIFFERENCES: Record<number, Partial<Record<keyof ExpectedEvent, string>>> = {
  61: { participantsTotal: 'the analyst adds 75 participants and 25 organisers; the parser never adds counts up' },
  63: { participantsTotal: '"объединило более 100 лидеров" stands in the goal cell; totals are read from the participants cell only' },
};

let report: ParsedReport;
const bySeq = new Map<number, ParsedEvent>();

beforeAll(() => {
  report = parseReport(readTextTable(realReportText()));
  for (const event of report.events) bySeq.set(event.seq, event);
});

function eventAt(seq: number): ParsedEvent {
  const event = bySeq.get(seq);
  if (!event) throw new Error(`no event ${seq}`);
  return event;
}

describe('the Q4 2025 report as a whole', () => {
  test('the period is read from the title', () => {
    expect(report.period).toEqual({ year: expectedReport.year, kind: 'quarter', part: expectedReport.quarter });
    expect(report.title).toMatch(/^Отчет о мероприятиях в международной сфере.* в IV квартале 2025 года$/);
  });

  test('all 70 events are found, numbered 1 to 70', () => {
    expect(report.events.map((event) => event.seq)).toEqual(expectedEvents.map((event) => event.seq));
  });

  test('the 14 section headers become the spheres, in order', () => {
    expect([...new Set(report.events.map((event) => event.sphere))]).toEqual(expectedReport.spheres);
  });

  test('every settlement of the report is in the hand-made gazetteer: the world data is never read', () => {
    const sources = new Set(report.events.flatMap((event) => event.places.map((place) => place.source)));
    expect(sources.has('world')).toBe(false);
    expect(isWorldDataLoaded()).toBe(false);
  });

  test('the summary line under the table is kept', () => {
    expect(report.summary).toBe(expectedReport.summary);
  });

  test('exactly the rows dated outside the quarter are flagged, and kept', () => {
    const flagged = report.events.filter((event) => event.warnings.some((w) => w.code === 'date_outside_period')).map((e) => e.seq);
    const expected = expectedEvents.filter((e) => e.startDate < '2025-10-01' || e.endDate > '2025-12-31').map((e) => e.seq);
    expect(flagged).toEqual(expected);
  });
});

describe.each(expectedEvents)('row $seq', (expected) => {
  const differs = (field: keyof ExpectedEvent) => KNOWN_DIFFERENCES[expected.seq]?.[field] !== undefined;

  test('sphere, dates, places, countries and SME count match the report', () => {
    const event = eventAt(expected.seq);
    expect(event.sphere).toBe(expected.sphere);
    expect([event.startDate, event.endDate]).toEqual([expected.startDate, expected.endDate]);
    expect(event.places.map((place) => place.name)).toEqual(expected.places);
    expect(event.remote).toBe(expected.remote);
    expect(event.countries.map((country) => country.code)).toEqual(expected.countries);
    expect(event.smeCount).toBe(expected.smeCount);
  });

  test('participant counts, delegation, audience and signed documents match the report', () => {
    const event = eventAt(expected.seq);
    for (const field of ['participantsTotal', 'foreignParticipants', 'delegationSize', 'audience', 'agreementSigned'] as const) {
      if (!differs(field)) expect({ [field]: event[field] }).toEqual({ [field]: expected[field] });
    }
  });

  test('status, kind, format and direction match the hand reading', () => {
    const event = eventAt(expected.seq);
    expect({ status: event.status, kind: event.kind, format: event.format, direction: event.direction }).toEqual({
      status: expected.status,
      kind: expected.kind,
      format: expected.format,
      direction: expected.direction,
    });
  });
});

describe('kind, format and direction over all 70 rows', () => {
  test('every row is classified as read by hand', () => {
    const wrong = expectedEvents
      .map((expected) => ({ expected, event: eventAt(expected.seq) }))
      .filter(({ expected, event }) => expected.kind !== event.kind || expected.format !== event.format || expected.direction !== event.direction)
      .map(({ expected, event }) => `${expected.seq}: ${event.kind}/${event.format}/${event.direction}, read ${expected.kind}/${expected.format}/${expected.direction}`);
    expect(wrong).toEqual([]);
  });
});

describe('the .docx form', () => {
  test('a .docx built from the same table gives identical events', async () => {
    const docx = await buildReportDocx(readTextTable(realReportText()));
    const fromDocx = parseReport(await readDocxTable(docx));
    const withoutNumberCell = (events: ParsedEvent[]) => events.map(({ sourceText, ...rest }) => ({ ...rest, sourceText: { ...sourceText, number: '' } }));
    expect(withoutNumberCell(fromDocx.events)).toEqual(withoutNumberCell(report.events));
    expect(fromDocx.period).toEqual(report.period);
    expect(fromDocx.summary).toBe(report.summary);
  });
});
