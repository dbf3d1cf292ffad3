/**
 * A test report in the Q4 six-column text layout whose rows use the field wordings other
 * regional offices use (tests/fixtures/reports/test-2026-Q1-field-drift.txt), read end to end
 * through parseReport(readTextTable(text)) and checked against values typed from reading it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseReport } from '@/lib/ingest';
import { readDocxTable } from '@/lib/ingest/table-docx';
import { readTextTable } from '@/lib/ingest/table-text';
import type { ParsedEvent, ParsedReport } from '@/lib/ingest/types';
import { buildReportDocx } from '@/tests/fixtures/build-docx';
import { driftEvents, driftReport } from '@/tests/fixtures/expected/test-2026-Q1-field-drift';

let text: string;
let report: ParsedReport;

beforeAll(() => {
  text = fs.readFileSync(path.resolve('tests/fixtures/reports/test-2026-Q1-field-drift.txt'), 'utf8');
  report = parseReport(readTextTable(text));
});

function eventAt(seq: number): ParsedEvent {
  const event = report.events.find((candidate) => candidate.seq === seq);
  if (!event) throw new Error(`no event ${seq}`);
  return event;
}

describe('the field-drift test report', () => {
  test('period, summary and every row are read', () => {
    expect(report.period).toEqual({ year: driftReport.year, kind: 'quarter', part: driftReport.quarter });
    expect(report.summary).toBe(driftReport.summary);
    expect(report.events.map((event) => event.seq)).toEqual(driftEvents.map((event) => event.seq));
  });

  test.each(driftEvents)('row $seq', (expected) => {
    const event = eventAt(expected.seq);
    expect({
      seq: event.seq,
      sphere: event.sphere,
      status: event.status,
      startDate: event.startDate,
      endDate: event.endDate,
      datePrecision: event.datePrecision,
      places: event.places.map((place) => place.name),
      remote: event.remote,
      countries: event.countries.map((link) => `${link.code}:${link.role}`),
      smeCount: event.smeCount,
      participantsTotal: event.participantsTotal,
      foreignParticipants: event.foreignParticipants,
      delegationSize: event.delegationSize,
      audience: event.audience,
      agreementSigned: event.agreementSigned,
      kind: event.kind,
      format: event.format,
      direction: event.direction,
      warnings: event.warnings.map((warning) => warning.code),
    }).toEqual(expected);
  });

  test('the source text keeps the cells as written (soft hyphen, Latin letters), the title is cleaned', () => {
    expect(eventAt(14).sourceText.title).toContain('Рес\u00adпублики');
    expect(eventAt(14).title).toBe('Встреча с делегацией Исламской Республики Иран');
    expect(eventAt(1).sourceText.title).toContain('Междунaродной');
    expect(eventAt(1).title).toBe('Участие в Международной выставке «Продэкспо-2026»');
  });

  test('a .docx built from the same table gives identical events', async () => {
    const fromDocx = parseReport(await readDocxTable(await buildReportDocx(readTextTable(text))));
    const withoutNumberCell = (events: ParsedEvent[]) => events.map(({ sourceText, ...rest }) => ({ ...rest, sourceText: { ...sourceText, number: '' } }));
    expect(withoutNumberCell(fromDocx.events)).toEqual(withoutNumberCell(report.events));
  });
});
