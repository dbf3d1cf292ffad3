/**
 * The public data format of stored events (README, "Data format"): one object per event row,
 * fields named exactly as documented. Shared by `npm run export` and the download routes.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { correctedFieldNames, readActiveCorrections } from '@/lib/curation/exported';
import { readMergedInto } from '@/lib/curation/merges';
import { eventCountries, eventMatches, eventPlaces, events, importWarnings, places, reports, spheres } from '@/db/schema';
import { countsOf } from '@/lib/ingest/counts';
import type { Counts } from '@/lib/ingest/types';
import { countedRow } from '@/lib/reconcile';
import type { Direction, EventFormat, EventKind, EventStatus, StoredWarningCode } from '@/lib/vocabulary';

export interface ExportedEvent extends Counts {
  id: number;
  report: string;
  seq: number;
  printedNo: string | null;
  sphere: string;
  title: string;
  status: EventStatus;
  startDate: string | null;
  endDate: string | null;
  datePrecision: string | null;
  places: { name: string; country: string; lat: number; lon: number }[];
  remote: boolean;
  countries: string[];
  agreementSigned: boolean;
  format: EventFormat;
  direction: Direction;
  kind: EventKind;
  warnings: { code: StoredWarningCode; message: string }[];
  /** The same real event in other reports (empty when none). */
  sameAs: { report: string; seq: number }[];
  /** Fields an analyst corrected (lib/curation), empty when none. */
  corrected: string[];
  /** An analyst excluded the row from every count. */
  excluded: boolean;
  /** An analyst merged this row into another (the row that counts); it counts nowhere. Null when not merged away. */
  mergedInto: { report: string; seq: number } | null;
}

export interface ExportOptions {
  /** Each real event once (its newest report's row). */
  distinct?: boolean;
  /** The parser's values in place of analysts' corrections. */
  parsed?: boolean;
}

/** Every stored row, or with `distinct` each real event once (its newest report's row). */
export function readExportedEvents(db: Db, options: ExportOptions = {}): ExportedEvent[] {
  const rows = db
    .select({ event: events, report: reports.periodKey, sphere: spheres.name })
    .from(events)
    .innerJoin(reports, eq(events.reportId, reports.id))
    .innerJoin(spheres, eq(events.sphereId, spheres.id))
    .where(options.distinct ? countedRow() : undefined)
    .orderBy(asc(reports.periodKey), asc(events.seq))
    .all();
  const twins = groupBy(
    db.select({ eventId: eventMatches.eventId, report: reports.periodKey, seq: events.seq })
      .from(eventMatches).innerJoin(events, eq(events.id, eventMatches.otherId)).innerJoin(reports, eq(reports.id, events.reportId))
      .where(eq(eventMatches.kind, 'same_event')).orderBy(asc(reports.periodKey), asc(events.seq)).all(),
  );
  const placesByEvent = groupBy(
    db.select({ eventId: eventPlaces.eventId, name: places.name, country: places.countryCode, lat: places.lat, lon: places.lon })
      .from(eventPlaces).innerJoin(places, eq(eventPlaces.placeId, places.id)).orderBy(asc(eventPlaces.position)).all(),
  );
  const countriesByEvent = groupBy(db.select().from(eventCountries).orderBy(asc(eventCountries.countryCode)).all());
  const warningsByEvent = groupBy(db.select().from(importWarnings).orderBy(asc(importWarnings.id)).all());
  const corrected = readActiveCorrections(db);
  const mergedInto = readMergedInto(db);
  const sphereNames = options.parsed ? new Map(db.select().from(spheres).all().map((row) => [row.slug, row.name])) : new Map<string, string>();
  const exported = rows.map(({ event, report, sphere }) => ({
    id: event.id,
    report,
    seq: event.seq,
    printedNo: event.printedNo,
    sphere,
    title: event.title,
    status: event.status,
    startDate: event.startDate,
    endDate: event.endDate,
    datePrecision: event.datePrecision,
    places: (placesByEvent.get(event.id) ?? []).map(({ name, country, lat, lon }) => ({ name, country, lat, lon })),
    remote: event.remote,
    countries: (countriesByEvent.get(event.id) ?? []).map((link) => link.countryCode),
    ...countsOf(event),
    agreementSigned: event.agreementSigned,
    format: event.format,
    direction: event.direction,
    kind: event.kind,
    warnings: (warningsByEvent.get(event.id) ?? []).map(({ code, message }) => ({ code, message })),
    sameAs: (twins.get(event.id) ?? []).map(({ report: twinReport, seq }) => ({ report: twinReport, seq })),
    corrected: correctedFieldNames(corrected.get(event.id)),
    excluded: event.excluded,
    mergedInto: mergedInto.get(event.id) ?? null,
  }));
  if (!options.parsed) return exported;
  const venues = (id: number) => (countriesByEvent.get(id) ?? []).filter((link) => link.role === 'venue').map((link) => link.countryCode);
  return exported.map((row) => withParsedValues(row, corrected.get(row.id), { sphereNames, venues: venues(row.id) }));
}

/** The row as the parser gave it: each corrected field gets its parsed value back. */
function withParsedValues(row: ExportedEvent, fields: Map<string, unknown> | undefined, known: { sphereNames: Map<string, string>; venues: string[] }): ExportedEvent {
  if (!fields) return row;
  const parsed: Record<string, unknown> = { ...row };
  for (const [field, value] of fields) {
    if (field === 'sphere') parsed.sphere = known.sphereNames.get(value as string) ?? value;
    else if (field === 'countries') parsed.countries = [...new Set([...known.venues, ...(value as string[])])].sort();
    else parsed[field] = value;
  }
  return parsed as unknown as ExportedEvent;
}

function groupBy<T extends { eventId: number | null }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    if (row.eventId === null) continue;
    const group = groups.get(row.eventId) ?? [];
    group.push(row);
    groups.set(row.eventId, group);
  }
  return groups;
}
