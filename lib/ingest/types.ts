/**
 * Shapes shared by every step of the ingest pipeline (text/docx → rows → events).
 * Pure data: nothing here reads files, the database or the clock.
 */

/** A problem that did not stop the parse; stored per event and shown on the data-quality page. */
export interface Warning {
  code: WarningCode;
  message: string;
  /** Which cell or text the warning is about, for tracing back to the report. */
  where?: string;
}

export type WarningCode =
  | 'no_date'
  | 'date_unparsed'
  | 'date_outside_period'
  | 'dates_not_continuous'
  | 'event_postponed'
  | 'event_cancelled'
  | 'unknown_place'
  | 'place_country_fallback'
  | 'place_seat_assumed'
  | 'row_shape'
  | 'unknown_sphere';

/** One table row as read from the report, in column order. A cell keeps its line breaks ("\n"). */
export interface Row {
  cells: string[];
}

/** The report as a table: lines before it (title), its rows (header first) and lines after it. */
export interface ReportTable {
  preamble: string[];
  rows: Row[];
  trailer: string[];
}

export type DatePrecision = 'day' | 'month' | 'quarter' | 'year';

export interface DateRange {
  startDate: string; // ISO yyyy-MM-dd
  endDate: string;
  precision: DatePrecision;
}

export interface Period {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/** A settlement resolved against the gazetteer (or a country centroid as a fallback). */
export interface ResolvedPlace {
  name: string; // nominative, without "г."
  country: string; // ISO 3166-1 alpha-2
  lat: number;
  lon: number;
  /** gazetteer: known settlement; seat: assumed from an oblast body; centroid: unknown settlement, country centroid. */
  source: 'gazetteer' | 'seat' | 'centroid';
}

export type EventFormat = 'in_person' | 'remote' | 'hybrid';
export type Direction = 'outbound' | 'inbound' | 'hosted';
export type EventKind =
  | 'exhibition'
  | 'business_mission'
  | 'conference'
  | 'forum'
  | 'working_meeting'
  | 'competition'
  | 'festival'
  | 'performance'
  | 'videoconference'
  | 'other';

export type CountryRole = 'venue' | 'partner';

export interface CountryLink {
  code: string; // ISO alpha-2, never RU
  role: CountryRole;
}

/** The cells of the row, as in the report, so every figure can be traced back. */
export interface SourceText {
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

/** Whether the event took place: postponed and cancelled events stay rows of the report, without dates. */
export type EventStatus = 'held' | 'postponed' | 'cancelled';

export interface ParsedEvent extends Counts {
  seq: number;
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
}
