/**
 * Shapes shared by every step of the ingest pipeline (text/docx → rows → events).
 * Pure data: nothing here reads files, the database or the clock.
 */

import type { DatePrecision, Direction, EventFormat, EventKind, EventStatus, PeriodKind, PlaceSource, WarningCode } from '@/lib/vocabulary';

export type { DatePrecision, Direction, EventFormat, EventKind, EventStatus, WarningCode };

/** A problem that did not stop the parse; stored per event and shown on the data-quality page. */
export interface Warning {
  code: WarningCode;
  message: string;
  /** Which cell or text the warning is about, for tracing back to the report. */
  where?: string;
}


/**
 * One table row as read from the report, in column order. A cell keeps its line breaks ("\n").
 * A row of one cell spans the table (a section header or a closing line).
 */
export interface Row {
  cells: string[];
}

/**
 * The report as a table: lines before it (title), the rows of every table of the document in
 * reading order (the header among them), and lines after the last table.
 */
export interface ReportTable {
  preamble: string[];
  rows: Row[];
  trailer: string[];
}

export type SkipReason = 'before_header' | 'empty' | 'no_title' | 'continuation_note';

/** What became of every table row: nothing is dropped without a reason. */
export interface RowAccount {
  rowsRead: number;
  headers: number;
  columnNumbers: number;
  sections: number;
  events: number;
  summaryRows: number;
  skipped: { reason: SkipReason; row: number; text: string }[];
}

export interface DateRange {
  startDate: string; // ISO yyyy-MM-dd
  endDate: string;
  precision: DatePrecision;
}

/**
 * The span a report covers: a quarter (part 1–4), a half-year (part 1–2), the first nine months
 * or the whole year (part 0). Its key is "2025-Q4", "2025-H1", "2025-9M" or "2025-Y".
 */
export interface Period {
  year: number;
  kind: PeriodKind;
  part: number;
}

/** A settlement resolved against the gazetteer (or a country centroid as a fallback). */
export interface ResolvedPlace {
  name: string; // nominative, without "г."
  country: string; // ISO 3166-1 alpha-2
  lat: number;
  lon: number;
  source: PlaceSource;
}

/**
 * Analysts' answers for place texts the parser could not resolve (stored in the database, passed in
 * by the import layer): placeTextKey(text) → the settlement. See lib/curation/aliases.ts.
 */
export type PlaceAliases = ReadonlyMap<string, { name: string; country: string; lat: number; lon: number }>;

/** Data the import layer passes to the pure parser: the analysts' decisions it must follow. */
export interface IngestOptions {
  placeAliases?: PlaceAliases;
}

type CountryRole = 'venue' | 'partner';

export interface CountryLink {
  code: string; // ISO alpha-2, never RU
  role: CountryRole;
}

/** The cells of the row, as in the report, so every figure can be traced back. */
export interface SourceText {
  /** The section row the event stands under, as printed (numbering included). */
  section?: string;
  number: string;
  title: string;
  place: string;
  dates: string;
  goal: string;
  participants: string;
}

export interface Counts {
  smeCount: number | null;
  participantsTotal: number | null;
  foreignParticipants: number | null;
  audience: number | null;
  /** The region's own delegation ("Делегацию Смоленской области представили 8 человек"); never the event's total. */
  delegationSize: number | null;
}

export interface ParsedEvent extends Counts {
  /** Position in the report, 1…N in reading order. */
  seq: number;
  /** The number printed in the row's "№" cell (typed or Word numbering), when there is one. */
  printedNo: string | null;
  sphere: string;
  title: string;
  status: EventStatus;
  startDate: string | null;
  endDate: string | null;
  datePrecision: DatePrecision | null;
  places: ResolvedPlace[];
  venues: string[];
  remote: boolean;
  countries: CountryLink[];
  agreementSigned: boolean;
  format: EventFormat;
  direction: Direction;
  kind: EventKind;
  sourceText: SourceText;
  warnings: Warning[];
}

export interface ParsedReport {
  period: Period;
  title: string;
  summary: string | null;
  events: ParsedEvent[];
  account: RowAccount;
}
