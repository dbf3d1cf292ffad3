/**
 * The normalized store. One row per report (one per period), per event row of a report, and the
 * reference tables the events link to. Generated migrations live in db/migrations.
 */
import { relations, sql } from 'drizzle-orm';
import type { RowAccount, SourceText } from '@/lib/ingest/types';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  AUDIT_ACTIONS,
  DATE_PRECISIONS,
  DIRECTIONS,
  EVENT_FORMATS,
  EVENT_KINDS,
  EVENT_STATUSES,
  PERIOD_KINDS,
  PLACE_SOURCES,
  REGION_GROUPS,
  REPORT_WARNING_CODES,
  WARNING_CODES,
} from '@/lib/vocabulary';

export const reports = sqliteTable('reports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  periodKey: text('period_key').notNull().unique(), // "2025-Q4", "2025-H1", "2025-9M", "2025-Y"
  year: integer('year').notNull(),
  /** The quarter (1–4) of a quarterly report; 0 for a half-year, nine-month or annual report. */
  quarter: integer('quarter').notNull(),
  periodKind: text('period_kind', { enum: PERIOD_KINDS }).notNull().default('quarter'),
  /** First and last day the report covers (ISO dates). */
  periodStart: text('period_start'),
  periodEnd: text('period_end'),
  /** What became of every table row (lib/ingest/types.ts RowAccount). */
  rowAccount: text('row_account', { mode: 'json' }).$type<RowAccount>(),
  title: text('title').notNull(),
  sourceFile: text('source_file').notNull(),
  contentHash: text('content_hash').notNull(),
  summary: text('summary'),
  importedAt: text('imported_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))`),
  /** User name of the admin who uploaded it; null for reports ingested from the command line. */
  importedBy: text('imported_by'),
});

export const spheres = sqliteTable('spheres', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  shortLabel: text('short_label').notNull(),
  position: integer('position').notNull(),
});

export const countries = sqliteTable('countries', {
  code: text('code').primaryKey(), // ISO 3166-1 alpha-2
  nameRu: text('name_ru').notNull(),
  nameEn: text('name_en').notNull(),
  region: text('region', { enum: REGION_GROUPS }).notNull(),
});

export const places = sqliteTable(
  'places',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    countryCode: text('country_code').notNull(),
    lat: real('lat').notNull(),
    lon: real('lon').notNull(),
  },
  (t) => [uniqueIndex('places_name_country').on(t.name, t.countryCode)],
);

export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    /** Position in the report, 1…N in reading order. */
    seq: integer('seq').notNull(),
    /** The number printed in the row's "№" cell, when there is one (it may restart per section). */
    printedNo: text('printed_no'),
    sphereId: integer('sphere_id')
      .notNull()
      .references(() => spheres.id),
    sphereHeader: text('sphere_header').notNull(),
    title: text('title').notNull(),
    /** held, or postponed / cancelled: such rows keep no dates and every "held" figure leaves them out (lib/queries/where.ts). */
    status: text('status', { enum: EVENT_STATUSES }).notNull().default('held'),
    startDate: text('start_date'),
    endDate: text('end_date'),
    datePrecision: text('date_precision', { enum: DATE_PRECISIONS }),
    /** Quarter of the start date ("2025-Q3"); null when the row has no date. */
    quarterKey: text('quarter_key'),
    remote: integer('remote', { mode: 'boolean' }).notNull(),
    smeCount: integer('sme_count'),
    participantsTotal: integer('participants_total'),
    foreignParticipants: integer('foreign_participants'),
    audience: integer('audience'),
    /** The region's own delegation, when the row states its size; never part of participants_total. */
    delegationSize: integer('delegation_size'),
    agreementSigned: integer('agreement_signed', { mode: 'boolean' }).notNull(),
    format: text('format', { enum: EVENT_FORMATS }).notNull(),
    direction: text('direction', { enum: DIRECTIONS }).notNull(),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    venues: text('venues', { mode: 'json' }).$type<string[]>().notNull(),
    /**
     * False when a newer report holds the same real event (see lib/reconcile/match.ts): aggregates
     * count primary rows only, so one real event is one count.
     */
    isPrimary: integer('is_primary', { mode: 'boolean' }).notNull().default(true),
    /**
     * An analyst excluded the row from every count (not international, a duplicate of a row in
     * another section…): a correction of the field `excluded` with its reason (lib/curation).
     */
    excluded: integer('excluded', { mode: 'boolean' }).notNull().default(false),
    /** Lowercased title, places and cells, for the events page's search box. */
    searchText: text('search_text').notNull(),
    sourceText: text('source_text', { mode: 'json' })
      .$type<SourceText>()
      .notNull(),
  },
  (t) => [
    uniqueIndex('events_report_seq').on(t.reportId, t.seq),
    index('events_start_date').on(t.startDate),
    index('events_quarter').on(t.quarterKey),
    index('events_sphere').on(t.sphereId),
    // The events list's date order, undated rows last (lib/queries/events.ts).
    index('events_date_key').on(sql`(${t.startDate} is null)`, t.startDate),
    // A report's rows by the month they start in (the "Отчёт за …: N строк" line), read from the index alone;
    // its other columns are the ones the outlier rules read (lib/queries/outliers.ts): the histograms,
    // the flagged count and the search for the first flagged rows read this index, a tenth of the
    // table's size, instead of the table.
    index('events_report_start').on(
      t.reportId,
      t.startDate,
      t.kind,
      t.participantsTotal,
      t.foreignParticipants,
      t.smeCount,
      t.audience,
      t.delegationSize,
      t.direction,
      t.format,
      t.endDate,
      t.status,
      t.isPrimary,
      t.excluded,
      t.seq,
    ),
    // Postponed and cancelled rows, a handful, for the data-quality page (getNotHeldEvents).
    index('events_not_held')
      .on(t.reportId, t.seq)
      .where(sql`${t.status} <> 'held'`),
    // No index leads with is_primary: true for ~99% of rows, it only lured the planner off the
    // filters' selective indexes (bench/results.md, finding 2).
  ],
);

/**
 * Pairs of event rows that look like one real event. `same_event`: rows of two reports, linked
 * (both directions stored). `possible_duplicate`: two rows of one report, listed for an analyst,
 * never merged.
 */
export const eventMatches = sqliteTable(
  'event_matches',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    otherId: integer('other_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['same_event', 'possible_duplicate'] }).notNull(),
    score: real('score').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.otherId] }), index('event_matches_other').on(t.otherId)],
);

export const eventPlaces = sqliteTable(
  'event_places',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    placeId: integer('place_id')
      .notNull()
      .references(() => places.id),
    position: integer('position').notNull(),
    /**
     * How this row's place cell was resolved: a settlement of the hand-made gazetteer or of the world
     * data set (GeoNames), an oblast body's seat, a country centroid.
     */
    source: text('source', { enum: PLACE_SOURCES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.placeId] }), index('event_places_place').on(t.placeId)],
);

export const eventCountries = sqliteTable(
  'event_countries',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    countryCode: text('country_code')
      .notNull()
      .references(() => countries.code),
    role: text('role', { enum: ['venue', 'partner'] }).notNull(),
  },
  // (country, event) covers the country filter's `events.id in (select event_id …)`.
  (t) => [primaryKey({ columns: [t.eventId, t.countryCode] }), index('event_countries_country_event').on(t.countryCode, t.eventId)],
);

export const importWarnings = sqliteTable(
  'import_warnings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    eventId: integer('event_id').references(() => events.id, { onDelete: 'cascade' }),
    code: text('code', { enum: [...WARNING_CODES, ...REPORT_WARNING_CODES] }).notNull(),
    message: text('message').notNull(),
    location: text('location'),
  },
  (t) => [index('import_warnings_report').on(t.reportId), index('import_warnings_event').on(t.eventId)],
);

/** People who may sign in: a viewer reads, an editor also corrects events, an admin also imports and deletes reports. */
export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  /** argon2id PHC string (lib/auth/password.ts). */
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['viewer', 'editor', 'admin'] }).notNull(),
  /**
   * Sessions carry the generation they were issued under and are valid only while it is current:
   * logout, a password or role change (triggers, lib/auth/session-user.ts) bump it, ending every
   * session of the user at once. A deleted user's id is never reused (AUTOINCREMENT).
   */
  sessionGeneration: integer('session_generation').notNull().default(0),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))`),
});

/** Every stored import, replacement and deletion of a report, with who did it. Never pruned. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))`),
    username: text('username').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    periodKey: text('period_key').notNull(),
    sourceFile: text('source_file'),
    eventCount: integer('event_count'),
    /** For corrections: row, field, old → new value and the reason (lib/curation). */
    detail: text('detail'),
  },
  (t) => [index('audit_log_at').on(t.at)],
);

/** Who made an analyst's record (a correction, a merge), when and why. */
const decided = {
  reason: text('reason').notNull(),
  username: text('username').notNull(),
  at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))`),
};

/** Who closed it (undo, confirm, drop) and when. */
const closed = {
  closedBy: text('closed_by'),
  closedAt: text('closed_at'),
};

/** What re-finds an analyst's row in a new version of its report: its period and number, and its parsed title and dates. */
const rowKey = {
  periodKey: text('period_key').notNull(),
  seq: integer('seq').notNull(),
  matchTitle: text('match_title').notNull(),
  matchStartDate: text('match_start_date'),
  matchEndDate: text('match_end_date'),
};

/**
 * An analyst's correction of one extracted field of an event row (lib/curation). The corrected
 * value is written to the event's column in the same transaction, so every aggregate uses it;
 * the parsed value stays here. Report period, seq, title and dates (as parsed) re-find the row
 * when a new version of its report replaces the event rows (re-applied inside saveReport).
 * State: `active` applied; `undone` parsed value restored; `superseded` by a later correction of
 * the same field; `orphaned` the new report has no such row; `conflict` the parsed value changed
 * underneath (not applied until confirmed); `dropped` an orphan or conflict the curator let go.
 */
export const corrections = sqliteTable(
  'corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    eventId: integer('event_id').references(() => events.id, { onDelete: 'set null' }),
    ...rowKey,
    field: text('field').notNull(),
    /** JSON of the parser's value and of the analyst's value. */
    parsedValue: text('parsed_value', { mode: 'json' }).$type<unknown>(),
    value: text('value', { mode: 'json' }).$type<unknown>(),
    ...decided,
    state: text('state', { enum: ['active', 'undone', 'superseded', 'orphaned', 'conflict', 'dropped'] }).notNull(),
    /** Who undid, confirmed or dropped it, and when. */
    ...closed,
  },
  (t) => [index('corrections_event').on(t.eventId), index('corrections_period').on(t.periodKey, t.state)],
);

/**
 * An analyst's decision about which rows are one real event (lib/curation/merges.ts), kept across
 * re-imports like a correction. `merge`: two or more rows are one event; the `winner` row counts,
 * the others stop counting (is_primary = 0, lib/reconcile/manual.ts). `unlink`: two rows the
 * automatic linking took for one event are two; their link is removed (its score and reason kept
 * here, for undo). State: `active` applied; `undone`; `orphaned` a row is no longer found (a new
 * version of its report without it, or the report deleted): not applied until it is found again;
 * `dropped` an orphan the curator let go.
 */
export const eventMerges = sqliteTable(
  'event_merges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['merge', 'unlink'] }).notNull(),
    ...decided,
    state: text('state', { enum: ['active', 'undone', 'orphaned', 'dropped'] }).notNull(),
    ...closed,
    /** An unlink: the removed link's score and reason, put back by undo. */
    linkScore: real('link_score'),
    linkReason: text('link_reason'),
  },
  (t) => [index('event_merges_state').on(t.state)],
);

/** The rows of a merge or unlink, each with what re-finds it in a new version of its report (as corrections do). */
export const eventMergeRows = sqliteTable(
  'event_merge_rows',
  {
    mergeId: integer('merge_id')
      .notNull()
      .references(() => eventMerges.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    eventId: integer('event_id').references(() => events.id, { onDelete: 'set null' }),
    ...rowKey,
    /** The row whose values count (a merge has exactly one). */
    winner: integer('winner', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.mergeId, t.position] }), index('event_merge_rows_event').on(t.eventId), index('event_merge_rows_period').on(t.periodKey)],
);

/**
 * An analyst's answer to a place the parser could not resolve (lib/curation/aliases.ts): the place
 * text as written (a settlement's name, or the whole cell when it named none), normalised as the
 * key, → a settlement with coordinates. The ingest consults these (passed in as data) before the
 * world data set and the country centroid, so the answer holds for every row with that text, now
 * and in future imports. Undo deletes the row; the audit log keeps who, when and why.
 */
export const placeAliases = sqliteTable('place_aliases', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  textKey: text('text_key').notNull().unique(),
  text: text('text').notNull(),
  name: text('name').notNull(),
  countryCode: text('country_code').notNull(),
  lat: real('lat').notNull(),
  lon: real('lon').notNull(),
  reason: text('reason').notNull(),
  username: text('username').notNull(),
  at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))`),
});

/**
 * A section header that matched no known sphere, mapped by an analyst (lib/curation/sphere-mappings.ts)
 * to an existing sphere or to a new one with its own name and short label. The import consults these
 * (passed in as data to lib/ingest/spheres.ts), so future reports file the header's rows there too.
 */
export const sphereMappings = sqliteTable('sphere_mappings', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  headerKey: text('header_key').notNull().unique(),
  header: text('header').notNull(),
  sphereSlug: text('sphere_slug').notNull(),
  sphereName: text('sphere_name').notNull(),
  shortLabel: text('short_label').notNull(),
  reason: text('reason').notNull(),
  username: text('username').notNull(),
  at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))`),
});

/**
 * One row: a counter bumped in every transaction that changes the stored reports (save-report.ts,
 * delete-report.ts). Query results are memoised per version (lib/queries/cache.ts), so a commit of
 * any process, the command-line ingest included, invalidates them.
 */
export const dataVersion = sqliteTable(
  'data_version',
  {
    id: integer('id').primaryKey(),
    version: integer('version').notNull(),
  },
  (t) => [check('data_version_single_row', sql`${t.id} = 1`)],
);

/**
 * Rollups: the primary events pre-counted per quarter, sphere and scope, refreshed for the affected
 * quarters inside every transaction that changes the stored reports (lib/import/refresh-rollups.ts),
 * so they are never stale. `scope` is the filter an event also counts under: '' (no country or
 * region filter), 'c:BY' (events with Belarus), 'r:europe' (events with a country of that region
 * group). `quarter_key` is '' for undated events. The figures read them when their filters allow
 * (lib/queries/rollups/); the grains follow the figures: per report (key figures, trend, spheres,
 * source reports), per country, per region group, per place and per event kind.
 */
const rollupKey = {
  scope: text('scope').notNull(),
  quarterKey: text('quarter_key').notNull(),
  sphereId: integer('sphere_id').notNull(),
};

export const rollupEvents = sqliteTable(
  'rollup_events',
  {
    ...rollupKey,
    reportId: integer('report_id').notNull(),
    events: integer('events').notNull(),
    smeSum: integer('sme_sum').notNull(),
    eventsWithSme: integer('events_with_sme').notNull(),
    foreignSum: integer('foreign_sum').notNull(),
    eventsWithForeign: integer('events_with_foreign').notNull(),
    signed: integer('signed').notNull(),
    abroad: integer('abroad').notNull(),
    inRegion: integer('in_region').notNull(),
    remote: integer('remote').notNull(),
    /** Foreign participants of events the region hosted or received (direction not outbound); the rest are elsewhere. */
    foreignInRegionSum: integer('foreign_in_region_sum').notNull(),
    eventsWithForeignInRegion: integer('events_with_foreign_in_region').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.quarterKey, t.sphereId, t.reportId] }), index('rollup_events_quarter').on(t.quarterKey)],
);

export const rollupCountries = sqliteTable(
  'rollup_countries',
  {
    ...rollupKey,
    countryCode: text('country_code').notNull(),
    events: integer('events').notNull(),
    smeSum: integer('sme_sum').notNull(),
    eventsWithSme: integer('events_with_sme').notNull(),
    eventsAsVenue: integer('events_as_venue').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.quarterKey, t.sphereId, t.countryCode] }),
    index('rollup_countries_quarter').on(t.quarterKey),
    // The rows summed over all spheres (sphere_id 0) of one scope, read without the per-sphere rows.
    index('rollup_countries_scope_sphere').on(t.scope, t.sphereId, t.quarterKey),
  ],
);

export const rollupRegions = sqliteTable(
  'rollup_regions',
  {
    ...rollupKey,
    region: text('region', { enum: REGION_GROUPS }).notNull(),
    events: integer('events').notNull(),
    smeSum: integer('sme_sum').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.quarterKey, t.sphereId, t.region] }),
    index('rollup_regions_quarter').on(t.quarterKey),
    // The rows summed over all spheres (sphere_id 0) of one scope, read without the per-sphere rows.
    index('rollup_regions_scope_sphere').on(t.scope, t.sphereId, t.quarterKey),
  ],
);

export const rollupPlaces = sqliteTable(
  'rollup_places',
  {
    ...rollupKey,
    placeId: integer('place_id').notNull(),
    events: integer('events').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.quarterKey, t.sphereId, t.placeId] }),
    index('rollup_places_quarter').on(t.quarterKey),
    // The rows summed over all spheres (sphere_id 0) of one scope, read without the per-sphere rows.
    index('rollup_places_scope_sphere').on(t.scope, t.sphereId, t.quarterKey),
  ],
);

export const rollupKinds = sqliteTable(
  'rollup_kinds',
  {
    ...rollupKey,
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    events: integer('events').notNull(),
    smeSum: integer('sme_sum').notNull(),
    eventsWithSme: integer('events_with_sme').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.quarterKey, t.sphereId, t.kind] }), index('rollup_kinds_quarter').on(t.quarterKey)],
);

export const reportsRelations = relations(reports, ({ many }) => ({ events: many(events) }));
export const eventsRelations = relations(events, ({ one, many }) => ({
  report: one(reports, { fields: [events.reportId], references: [reports.id] }),
  sphere: one(spheres, { fields: [events.sphereId], references: [spheres.id] }),
  places: many(eventPlaces),
  countries: many(eventCountries),
}));

export type Report = typeof reports.$inferSelect;
export type EventRecord = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type Sphere = typeof spheres.$inferSelect;
export type Place = typeof places.$inferSelect;
export type Country = typeof countries.$inferSelect;
export type User = typeof users.$inferSelect;
export type Role = User['role'];
export type AuditEntry = typeof auditLog.$inferSelect;
export type Correction = typeof corrections.$inferSelect;
export type EventMerge = typeof eventMerges.$inferSelect;
export type EventMergeRow = typeof eventMergeRows.$inferSelect;
export type PlaceAlias = typeof placeAliases.$inferSelect;
export type SphereMapping = typeof sphereMappings.$inferSelect;
