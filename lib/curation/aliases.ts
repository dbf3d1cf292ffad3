/**
 * Place aliases: an analyst resolves a place text the parser could not place (warning unknown_place
 * or place_country_fallback, listed on /quality) by choosing a known settlement or clicking the
 * map. The answer is a row of `place_aliases` (normalised text → settlement, country, lat, lon;
 * who, when, why) and applies to every stored row with that text at once (re-resolve.ts: places
 * parsed again, rollups recounted) and to every future import (the import layer passes the aliases
 * to the parser: loadPlaceAliases). Each change is one transaction with its audit entry and a
 * data-version bump. Undo deletes the alias and re-derives the rows it placed.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import { auditLog, eventPlaces, events, importWarnings, type PlaceAlias, placeAliases, reports } from '@/db/schema';
import { getCountry } from '@/lib/geo/countries';
import { resolvePlaceName } from '@/lib/geo/gazetteer';
import { cleanText } from '@/lib/ingest/normalise';
import { parsePlaceCell, placeTextKey, UNRESOLVED_CODES, unresolvedPlaceText } from '@/lib/ingest/places';
import type { PlaceAliases } from '@/lib/ingest/types';
import { bumpDataVersion } from '@/lib/import/data-version';
import { CorrectionError } from './errors';
import { reResolvePlaces } from './re-resolve';

const MAX_REASON = 1000;
/** place_country_fallback's message names the country it fell back to (lib/ingest/places.ts). */
const FALLBACK_COUNTRY = /(?:for|centroid of) ([A-Z]{2})\b/;

/** One alias as a form, the command line or a data file gives it. */
const ALIAS_SCHEMA = z.object({
  text: z.string().trim().min(1, 'the place text is empty').max(300),
  name: z.string().trim().min(1, 'the settlement name is empty').max(200),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((code) => Boolean(getCountry(code)), 'not an ISO 3166 country code'),
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
  reason: z.string().trim().min(1, 'a reason is required').max(MAX_REASON),
});

export type AliasInput = z.input<typeof ALIAS_SCHEMA>;

/** The aliases as the parser takes them (lib/ingest/places.ts). */
export function loadPlaceAliases(db: Pick<Db, 'select'>): PlaceAliases {
  const rows = db.select().from(placeAliases).orderBy(sql`${placeAliases.id} desc`).all();
  // Keyed by the text's key as placeTextKey makes it now, so a key stored before it folded case
  // forms (rekeyPlaceAliases has not run yet) still answers; of two such aliases the oldest wins.
  return new Map(rows.map((row) => [placeTextKey(row.text), { name: row.name, country: row.countryCode, lat: row.lat, lon: row.lon }]));
}

/** An alias with the place texts of stored rows it places, as written ("Минске", "Минска" for "Минск"). */
export type ListedPlaceAlias = PlaceAlias & { covers: string[] };

export function listPlaceAliases(db: Db): ListedPlaceAlias[] {
  const aliases = db.select().from(placeAliases).orderBy(placeAliases.text).all();
  const covers = coveredTexts(db);
  return aliases.map((alias) => ({ ...alias, covers: [...(covers.get(placeTextKey(alias.text)) ?? [])].sort((a, b) => a.localeCompare(b, 'ru')) }));
}

/**
 * The texts, as written, of the rows aliases placed, by alias key: each such row's place cell is
 * parsed without aliases, and the texts left unresolved are the ones its alias answered.
 */
function coveredTexts(db: Db): Map<string, Set<string>> {
  const cells = db
    .selectDistinct({ sourceText: events.sourceText })
    .from(eventPlaces)
    .innerJoin(events, eq(events.id, eventPlaces.eventId))
    .where(eq(eventPlaces.source, sql`'alias'`))
    .all();
  const covers = new Map<string, Set<string>>();
  for (const { sourceText } of cells) {
    for (const warning of parsePlaceCell(cleanText(sourceText.place)).warnings) {
      const text = unresolvedPlaceText(warning);
      if (text === null) continue;
      const texts = covers.get(placeTextKey(text)) ?? new Set<string>();
      covers.set(placeTextKey(text), texts.add(text));
    }
  }
  return covers;
}

/**
 * Keys the stored aliases again when placeTextKey's folding has changed (case endings stopped
 * counting); writes only when a stored key differs. Run by `npm start` on the database it serves and
 * before every alias change, so no two aliases ever share a key. Aliases whose texts now share one
 * ("Минск", "Минске" resolved one by one) become one: the oldest stays, each later one is removed
 * with an audit entry naming it; the rows the keys cover are placed again (their warnings, which
 * the parser's lookup would answer now, go).
 */
export function rekeyPlaceAliases(db: Db | Tx): void {
  const stored = db.select().from(placeAliases).orderBy(placeAliases.id).all();
  if (stored.every((alias) => alias.textKey === placeTextKey(alias.text))) return;
  db.transaction((tx) => {
    const kept = new Map<string, PlaceAlias>();
    for (const alias of stored) {
      const key = placeTextKey(alias.text);
      const first = kept.get(key);
      if (!first) {
        kept.set(key, alias);
        continue;
      }
      tx.delete(placeAliases).where(eq(placeAliases.id, alias.id)).run();
      const detail = `${describe(alias, alias.reason)}; covered by «${first.text}» once the case of a place text stopped counting`;
      tx.insert(auditLog).values({ username: alias.username, action: 'undo_place_alias', periodKey: '', detail }).run();
    }
    // Two steps, so a new key never meets an old key still stored on another alias.
    for (const alias of kept.values()) tx.update(placeAliases).set({ textKey: `#${alias.id}` }).where(eq(placeAliases.id, alias.id)).run();
    for (const [key, alias] of kept) tx.update(placeAliases).set({ textKey: key }).where(eq(placeAliases.id, alias.id)).run();
    applyAliases(tx, [...kept.keys()]);
  });
}

export interface UnresolvedPlace {
  text: string;
  /** A country the rows name (the centroid they were put at), for the search and the map's start. */
  country: string | null;
  /** The first ROWS_LISTED rows naming it, in report order. */
  rows: { eventId: number; periodKey: string; seq: number; title: string }[];
  /** How many rows name it. */
  rowCount: number;
}

/** Rows listed under each unresolved text: a text common to thousands of rows would otherwise make /quality megabytes long. */
const ROWS_LISTED = 5;

/**
 * Place texts of stored rows that no rule or alias resolved (warnings unknown_place,
 * place_country_fallback), the most frequent first (an alias there places the most rows), each
 * with its first rows and their number.
 */
export function listUnresolvedPlaces(db: Db): UnresolvedPlace[] {
  const warnings = db
    .select({ code: importWarnings.code, message: importWarnings.message, where: importWarnings.location, eventId: events.id, periodKey: reports.periodKey, seq: events.seq, title: events.title })
    .from(importWarnings)
    .innerJoin(events, eq(events.id, importWarnings.eventId))
    .innerJoin(reports, eq(reports.id, events.reportId))
    .where(inArray(importWarnings.code, [...UNRESOLVED_CODES]))
    .orderBy(reports.periodKey, events.seq)
    .all();
  const byKey = new Map<string, UnresolvedPlace & { lastEvent: number }>();
  for (const warning of warnings) {
    const text = unresolvedPlaceText(warning);
    if (text === null) continue;
    const group = byKey.get(placeTextKey(text)) ?? { text, country: null, rows: [], rowCount: 0, lastEvent: -1 };
    byKey.set(placeTextKey(text), group);
    group.country ??= FALLBACK_COUNTRY.exec(warning.message)?.[1] ?? null;
    // A row's warnings are read together (report order), so a row repeated is the one just counted.
    if (group.lastEvent === warning.eventId) continue;
    group.lastEvent = warning.eventId;
    group.rowCount++;
    if (group.rows.length < ROWS_LISTED) group.rows.push({ eventId: warning.eventId, periodKey: warning.periodKey, seq: warning.seq, title: warning.title });
  }
  return [...byKey.values()].map(({ lastEvent: _, ...place }) => place).sort((a, b) => b.rowCount - a.rowCount || a.text.localeCompare(b.text, 'ru'));
}

export function addPlaceAlias(db: Db, input: AliasInput, username: string): PlaceAlias {
  const parsed = ALIAS_SCHEMA.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorrectionError(issue?.path[0] === 'reason' ? 'no_reason' : 'invalid_value', issues(parsed.error));
  }
  return db.transaction((tx) => {
    rekeyPlaceAliases(tx);
    const alias = storeAlias(tx, parsed.data, username, 'reject');
    tx.insert(auditLog).values({ username, action: 'add_place_alias', periodKey: '', detail: describe(alias, parsed.data.reason) }).run();
    applyAliases(tx, [alias.textKey]);
    return alias;
  });
}

export function undoPlaceAlias(db: Db, aliasId: number, username: string): PlaceAlias {
  return db.transaction((tx) => {
    const alias = tx.delete(placeAliases).where(eq(placeAliases.id, aliasId)).returning().get();
    if (!alias) throw new CorrectionError('not_found', `no place alias ${aliasId}`);
    tx.insert(auditLog).values({ username, action: 'undo_place_alias', periodKey: '', detail: describe(alias, alias.reason) }).run();
    applyAliases(tx, []);
    return alias;
  });
}

/* --- The data file: aliases shared between installations --- */

const FILE_FORMAT = 'smolensk-dashboard/place-aliases';
const FILE_SCHEMA = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.literal(1),
  aliases: z.array(ALIAS_SCHEMA.extend({ username: z.string().trim().min(1).max(200).optional(), at: z.string().max(40).optional() })),
});

export function exportPlaceAliases(db: Db): z.infer<typeof FILE_SCHEMA> {
  return {
    format: FILE_FORMAT,
    version: 1,
    aliases: listPlaceAliases(db).map((alias) => ({
      text: alias.text,
      name: alias.name,
      country: alias.countryCode,
      lat: alias.lat,
      lon: alias.lon,
      reason: alias.reason,
      username: alias.username,
      at: alias.at,
    })),
  };
}

export class AliasFileError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'AliasFileError';
  }
}

export interface AliasImportResult {
  added: number;
  replaced: number;
  unchanged: number;
}

/**
 * Imports a data file of aliases (exportPlaceAliases' shape) in one transaction: a file that does
 * not validate writes nothing and names the file and the problem. An alias of a text already stored
 * with another settlement is replaced; the same alias again changes nothing.
 */
export function importPlaceAliases(db: Db, fileName: string, content: string, username: string): AliasImportResult {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new AliasFileError(fileName, `not JSON (${(error as Error).message})`);
  }
  const parsed = FILE_SCHEMA.safeParse(json);
  if (!parsed.success) throw new AliasFileError(fileName, issues(parsed.error));
  const keys = parsed.data.aliases.map((alias) => placeTextKey(alias.text));
  const repeated = keys.findIndex((key, index) => keys.indexOf(key) !== index);
  if (repeated >= 0) throw new AliasFileError(fileName, `the place text "${parsed.data.aliases[repeated]?.text}" appears twice (case forms count as one text)`);
  return db.transaction((tx) => {
    rekeyPlaceAliases(tx);
    const result: AliasImportResult = { added: 0, replaced: 0, unchanged: 0 };
    for (const alias of parsed.data.aliases) result[storeOutcome(tx, alias, alias.username ?? username)] += 1;
    const detail = `${fileName}: +${result.added}, ~${result.replaced}, =${result.unchanged}`;
    tx.insert(auditLog).values({ username, action: 'import_place_aliases', periodKey: '', sourceFile: fileName, detail }).run();
    applyAliases(tx, keys);
    return result;
  });
}

function storeOutcome(tx: Tx, alias: z.infer<typeof ALIAS_SCHEMA> & { at?: string }, username: string): keyof AliasImportResult {
  const existing = tx.select().from(placeAliases).where(eq(placeAliases.textKey, placeTextKey(alias.text))).get();
  const same = existing && existing.name === alias.name && existing.countryCode === alias.country && existing.lat === alias.lat && existing.lon === alias.lon;
  if (same) return 'unchanged';
  storeAlias(tx, alias, username, 'replace');
  return existing ? 'replaced' : 'added';
}

/* --- Shared steps --- */

function storeAlias(tx: Tx, alias: z.infer<typeof ALIAS_SCHEMA> & { at?: string }, username: string, onExisting: 'reject' | 'replace'): PlaceAlias {
  const textKey = placeTextKey(alias.text);
  const existing = tx.select({ id: placeAliases.id }).from(placeAliases).where(eq(placeAliases.textKey, textKey)).get();
  if (existing && onExisting === 'reject') throw new CorrectionError('unchanged', `"${alias.text}" already has a place`);
  if (existing) tx.delete(placeAliases).where(eq(placeAliases.id, existing.id)).run();
  // A settlement the gazetteer knows keeps its name and coordinates there (a click near Минск is Минск),
  // so one place never has two positions.
  const known = resolvePlaceName(alias.name);
  const place = known && known.country === alias.country ? { name: known.name, lat: known.lat, lon: known.lon } : { name: alias.name, lat: alias.lat, lon: alias.lon };
  const values = { textKey, text: alias.text, ...place, countryCode: alias.country, reason: alias.reason, username };
  return tx
    .insert(placeAliases)
    .values(alias.at ? { ...values, at: alias.at } : values)
    .returning()
    .get();
}

/**
 * Re-derives the rows an alias change can move: rows whose unresolved place text is one of `keys`,
 * and every row an alias placed (its alias may be gone or changed). Bumps the data version.
 */
function applyAliases(tx: Tx, keys: string[]): void {
  const wanted = new Set(keys);
  const unresolved = tx
    .select({ eventId: importWarnings.eventId, code: importWarnings.code, message: importWarnings.message, where: importWarnings.location })
    .from(importWarnings)
    .where(inArray(importWarnings.code, [...UNRESOLVED_CODES]))
    .all()
    .filter((warning) => warning.eventId !== null && wanted.has(placeTextKey(unresolvedPlaceText(warning) ?? '')))
    .map((warning) => warning.eventId as number);
  const placed = tx
    .select({ eventId: eventPlaces.eventId })
    .from(eventPlaces)
    .where(eq(eventPlaces.source, sql`'alias'`))
    .all()
    .map((row) => row.eventId);
  reResolvePlaces(tx, [...unresolved, ...placed], loadPlaceAliases(tx));
  bumpDataVersion(tx);
}

function describe(alias: PlaceAlias, reason: string): string {
  return `«${alias.text}» → ${alias.name} (${alias.countryCode}, ${alias.lat.toFixed(4)}, ${alias.lon.toFixed(4)}); ${reason}`;
}

function issues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`).join('; ');
}
