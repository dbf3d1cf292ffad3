/**
 * The closed vocabularies of an event, declared once. The database schema's enums, the URL
 * filters' zod enums, the ingest types and the Russian labels (lib/i18n/ru/labels.ts, typed
 * `Record<Kind, string>`) all derive from these lists, so adding a value is one edit here and the
 * type checker points at every label and rule that must follow.
 */

export const EVENT_KINDS = [
  'exhibition',
  'business_mission',
  'conference',
  'forum',
  'working_meeting',
  'competition',
  'festival',
  'performance',
  'videoconference',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_FORMATS = ['in_person', 'remote', 'hybrid'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** outbound: the region's delegation went abroad; inbound: a foreign delegation came; hosted: an international event in the region. */
export const DIRECTIONS = ['outbound', 'inbound', 'hosted'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Whether the event took place: postponed and cancelled events stay rows of the report, without dates. */
export const EVENT_STATUSES = ['held', 'postponed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const DATE_PRECISIONS = ['day', 'month', 'quarter', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const PERIOD_KINDS = ['quarter', 'half', 'nine_months', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** World-region groups of partner countries (lib/geo/countries.ts assigns them). */
export const REGION_GROUPS = [
  'belarus',
  'central_asia',
  'china',
  'caucasus',
  'europe',
  'middle_east',
  'south_asia',
  'east_asia',
  'africa',
  'americas',
  'other',
] as const;
export type RegionGroup = (typeof REGION_GROUPS)[number];

/** Drill-down flags of the overview's key figures: events with SMEs, a signed document, a venue abroad, a foreign participant count. */
export const FLAGS = ['sme', 'signed', 'abroad', 'foreign'] as const;
export type Flag = (typeof FLAGS)[number];

/**
 * Where a place's coordinates come from. gazetteer: known settlement; world: not in the
 * gazetteer, found in the world data set (lib/geo/world-settlements.ts); seat: assumed from an
 * oblast body; centroid: unknown settlement, country centroid; alias: an analyst's answer for that
 * place text (place_aliases, lib/curation/aliases.ts).
 */
export const PLACE_SOURCES = ['gazetteer', 'world', 'seat', 'centroid', 'alias'] as const;
export type PlaceSource = (typeof PLACE_SOURCES)[number];

/** Problems that did not stop the parse; stored per event and shown on the data-quality page. */
export const WARNING_CODES = [
  'no_date',
  'date_unparsed',
  'date_outside_period',
  'dates_not_continuous',
  'event_postponed',
  'event_cancelled',
  'unknown_place',
  'place_country_fallback',
  'place_seat_assumed',
  'place_from_world_data',
  'row_shape',
  'unknown_sphere',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Warnings about a whole report rather than one event (stored in report_warnings). */
export const REPORT_WARNING_CODES = ['look_alikes_capped'] as const;
type ReportWarningCode = (typeof REPORT_WARNING_CODES)[number];
export type StoredWarningCode = WarningCode | ReportWarningCode;

/** Narrows a stored string to a vocabulary value (raw SQL rows are typed `string`). */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** What the audit log records: imports, corrections, merges, place aliases and section mappings. */
export const AUDIT_ACTIONS = [
  'import',
  'replace',
  'delete',
  'correct',
  'undo_correction',
  'confirm_correction',
  'drop_correction',
  'merge',
  'unlink',
  'undo_merge',
  'drop_merge',
  'add_place_alias',
  'undo_place_alias',
  'import_place_aliases',
  'map_section',
  'undo_section_mapping',
] as const;
