/**
 * Links the rows of a just-stored report to the rows of other reports that are the same real
 * event (match.ts) and flags look-alike rows inside the report; index.ts then recomputes which
 * row of each linked group counts (primary.ts). Runs inside the import's transaction. Rows are compared only with the candidates a CandidateIndex finds (overlapping
 * dates, a shared title stem), in the order a full comparison of every pair would take.
 */
import { and, eq, gte, inArray, lte, ne, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { eventCountries, eventMatches, eventPlaces, events, importWarnings, places, reports } from '@/db/schema';
import { CandidateIndex } from './candidate-index';
import { DATE_TOLERANCE_DAYS, DAY_MS, type MatchResult, matchPrepared, prepareCandidate, type PreparedCandidate } from './match';

interface Row extends PreparedCandidate {
  id: number;
  report: string;
}

export interface LinkSummary {
  /** Rows of the new report already known from another report, per that report's period. */
  knownFrom: { report: string; events: number }[];
  possibleDuplicates: number;
}

/** Links and flags; returns also the rows whose counted row may have changed (the report's own and those linked to them). */
export function linkEvents(tx: Tx, reportId: number): LinkSummary & { touched: number[] } {
  const own = loadRows(tx, eq(events.reportId, reportId));
  const others = loadRows(tx, and(ne(events.reportId, reportId), dateWindow(own)));
  const insertPair = prepareInsertPair(tx);
  const known = new Map<string, Set<number>>();
  const linked: number[] = [];
  const index = new CandidateIndex(others);
  for (const row of own) {
    for (const position of index.candidates(row)) {
      const other = others[position] as Row;
      const match = matchPrepared(row, other);
      if (!match) continue;
      insertPair(row.id, other.id, 'same_event', match);
      known.set(other.report, (known.get(other.report) ?? new Set()).add(row.id));
      linked.push(other.id);
    }
  }
  const possibleDuplicates = flagLookAlikes(tx, reportId, own, insertPair);
  const knownFrom = [...known].map(([report, ids]) => ({ report, events: ids.size })).sort((a, b) => a.report.localeCompare(b.report));
  return { knownFrom, possibleDuplicates, touched: [...own.map((row) => row.id), ...linked] };
}

/** Rows of other reports linked to a report's rows: their primary flag may change when it goes. */
export function linkedRowIds(tx: Tx, reportId: number): number[] {
  return tx
    .selectDistinct({ id: eventMatches.otherId })
    .from(eventMatches)
    .innerJoin(events, eq(events.id, eventMatches.eventId))
    .where(and(eq(events.reportId, reportId), eq(eventMatches.kind, 'same_event')))
    .all()
    .map((row) => row.id);
}

/**
 * At most this many look-alike pairs are stored per report; the rest are counted in a report-level
 * warning. Without a bound, a report of 10 000 rows (its 70 rows repeated) stored 1.5 million pairs.
 */
export const MAX_LOOK_ALIKE_PAIRS = 1_000;
const IDENTICAL: MatchResult = { score: 1, reason: 'identical' };

/**
 * Two rows of one report that look alike are listed for an analyst, never merged. Rows identical
 * in every cell but the number (sphere included) form a group: each copy is paired with the
 * group's first row only, and only first rows are compared with each other — n copies give n - 1
 * pairs, not n·(n - 1)/2. Look-alike pairs come first; pairs past MAX_LOOK_ALIKE_PAIRS are counted.
 */
function flagLookAlikes(tx: Tx, reportId: number, own: Row[], insertPair: InsertPair): number {
  const groups = identicalGroups(tx, reportId, own);
  const firsts = groups.map((group) => group[0] as Row);
  const pairs: [Row, Row, MatchResult][] = [];
  const index = new CandidateIndex(firsts);
  firsts.forEach((row, i) => {
    for (const position of index.candidates(row, i + 1)) {
      const other = firsts[position] as Row;
      const match = matchPrepared(row, other);
      if (match) pairs.push([row, other, match]);
    }
  });
  for (const [first, ...copies] of groups) for (const copy of copies) pairs.push([first as Row, copy, IDENTICAL]);
  for (const [a, b, match] of pairs.slice(0, MAX_LOOK_ALIKE_PAIRS)) insertPair(a.id, b.id, 'possible_duplicate', match);
  if (pairs.length > MAX_LOOK_ALIKE_PAIRS) {
    tx.insert(importWarnings)
      .values({ reportId, code: 'look_alikes_capped', message: `${pairs.length} pairs of look-alike rows; the first ${MAX_LOOK_ALIKE_PAIRS} are listed`, location: null })
      .run();
  }
  return pairs.length;
}

/** The report's rows grouped by their cells (all but the number) and sphere, in report order. */
function identicalGroups(tx: Tx, reportId: number, own: Row[]): Row[][] {
  const keys = new Map(
    tx
      .select({ id: events.id, sphere: events.sphereHeader, source: events.sourceText })
      .from(events)
      .where(eq(events.reportId, reportId))
      .all()
      .map(({ id, sphere, source }) => [id, JSON.stringify([sphere, source.title, source.place, source.dates, source.goal, source.participants])]),
  );
  const groups = new Map<string, Row[]>();
  for (const row of own) {
    const key = keys.get(row.id) ?? String(row.id);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()];
}

type InsertPair = (a: number, b: number, kind: 'same_event' | 'possible_duplicate', match: MatchResult) => void;

/** Both directions of a pair, through one statement prepared per import. */
function prepareInsertPair(tx: Tx): InsertPair {
  const statement = tx
    .insert(eventMatches)
    .values([
      { eventId: sql.placeholder('a'), otherId: sql.placeholder('b'), kind: sql.placeholder('kind'), score: sql.placeholder('score'), reason: sql.placeholder('reason') },
      { eventId: sql.placeholder('b'), otherId: sql.placeholder('a'), kind: sql.placeholder('kind'), score: sql.placeholder('score'), reason: sql.placeholder('reason') },
    ])
    .onConflictDoNothing()
    .prepare();
  return (a, b, kind, { score, reason }) => statement.run({ a, b, kind, score, reason });
}

function dateWindow(rows: Row[]) {
  let first = Infinity;
  let last = -Infinity;
  for (const { startDay, endDay } of rows) {
    if (startDay === null || endDay === null) continue;
    first = Math.min(first, startDay, endDay);
    last = Math.max(last, startDay, endDay);
  }
  if (first === Infinity) return sql`0`;
  const from = isoOfDay(first - DATE_TOLERANCE_DAYS);
  const to = isoOfDay(last + DATE_TOLERANCE_DAYS);
  return and(lte(events.startDate, to), or(gte(events.endDate, from), gte(events.startDate, from)));
}

function loadRows(tx: Tx, where: ReturnType<typeof and>): Row[] {
  const base = tx
    .select({ id: events.id, title: events.title, startDate: events.startDate, endDate: events.endDate, report: reports.periodKey })
    .from(events)
    .innerJoin(reports, eq(reports.id, events.reportId))
    .where(where)
    .all();
  const ids = base.map((row) => row.id);
  const placeNames = groupValues(ids, (chunk) =>
    tx.select({ id: eventPlaces.eventId, value: places.name }).from(eventPlaces).innerJoin(places, eq(places.id, eventPlaces.placeId)).where(inArray(eventPlaces.eventId, chunk)).all(),
  );
  const countryCodes = groupValues(ids, (chunk) =>
    tx.select({ id: eventCountries.eventId, value: eventCountries.countryCode }).from(eventCountries).where(inArray(eventCountries.eventId, chunk)).all(),
  );
  return base.map((row) => ({
    id: row.id,
    report: row.report,
    ...prepareCandidate({ ...row, places: placeNames.get(row.id) ?? [], countries: countryCodes.get(row.id) ?? [] }),
  }));
}

function groupValues(ids: number[], load: (chunk: number[]) => { id: number; value: string }[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const { id, value } of load(ids.slice(i, i + 500))) {
      const values = map.get(id);
      if (values) values.push(value);
      else map.set(id, [value]);
    }
  }
  return map;
}

function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
