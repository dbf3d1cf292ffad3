/**
 * parseReport: a report table (from the text or the .docx form) → a ParsedReport.
 * Pure: the caller reads the file; this only interprets its table.
 *
 *   title → period → columns by meaning → rows accounted for (header, section, event, summary,
 *   skipped) → each event row: dates, places, countries, counts, classification, warnings.
 */
import { EXPECTED_COLUMNS } from './columns';
import { ReportError } from './errors';
import { parseEvent } from './event';
import { parsePeriod, parseTitle } from './report';
import { splitTable } from './rows';
import type { IngestOptions, ParsedReport, ReportTable } from './types';

/** `options`: the analysts' place aliases (lib/curation/aliases.ts), passed in as data. */
export function parseReport(table: ReportTable, options: IngestOptions = {}): ParsedReport {
  if (table.preamble.length === 0 && table.rows.length === 0) throw new ReportError('empty', 'the file is empty');
  if (table.rows.length === 0) {
    throw new ReportError('not_a_report', 'no events table found (a report is a Word table, or its text form with cells starting on a TAB)');
  }
  const title = parseTitle(table.preamble);
  const period = parsePeriod(title);
  if (!period) throw new ReportError('no_period', `the title names no quarter, half-year, nine months or year ("${title.slice(0, 120)}")`);
  const parts = splitTable(table);
  if (!parts) throw new ReportError('not_a_report', unrecognisedLayout(table));
  if (parts.events.length === 0) throw new ReportError('no_events', 'the report table holds no events');
  return {
    period,
    title,
    summary: parts.summary,
    events: parts.events.map((row) => parseEvent(row, period, options)),
    account: parts.account,
  };
}

function unrecognisedLayout(table: ReportTable): string {
  const found = (table.rows[0]?.cells ?? []).map((cell) => `«${cell.replace(/\s+/g, ' ').trim().slice(0, 40)}»`).join(', ');
  return `the table layout is not recognised: expected a header row with the columns ${EXPECTED_COLUMNS}; the first row holds ${found || 'nothing'}`;
}
