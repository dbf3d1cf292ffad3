/**
 * Inserts a report's events with their reference rows (spheres, countries, places), links and
 * warnings. Runs inside the caller's transaction.
 *
 * Each statement is prepared once per import and run for every row (building a drizzle query per
 * row cost more than running it), and sphere, country and place ids are remembered for the import.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { countries, eventCountries, eventPlaces, events, importWarnings, places, spheres } from '@/db/schema';
import { countryRow } from '@/lib/geo/countries';
import { countsOf } from '@/lib/ingest/counts';
import { quarterKeyOf } from '@/lib/ingest/dates';
import { resolveSphere, type SphereMappings } from '@/lib/ingest/spheres';
import type { CountryLink, ParsedEvent, ResolvedPlace, Warning } from '@/lib/ingest/types';

type Statements = ReturnType<typeof prepareStatements>;

const p = sql.placeholder;

/** `mappings`: the analysts' section mappings (lib/curation/sphere-mappings.ts), consulted before the sphere list. */
export function insertEvents(tx: Tx, reportId: number, parsed: ParsedEvent[], mappings?: SphereMappings): void {
  const writer = new EventWriter(prepareStatements(tx), reportId, mappings);
  for (const event of parsed) {
    const eventId = writer.event(event);
    event.places.forEach((place, position) => writer.place(eventId, place, position));
    for (const link of event.countries) writer.country(eventId, link);
    for (const warning of event.warnings) writer.warning(eventId, warning);
  }
}

class EventWriter {
  private readonly sphereIds = new Map<string, number>();
  private readonly countryCodes = new Set<string>();
  /** Keyed by country and name; lat/lon kept so a place met with other coordinates is updated, as before. */
  private readonly placeIds = new Map<string, { id: number; lat: number; lon: number }>();

  constructor(
    private readonly statements: Statements,
    private readonly reportId: number,
    private readonly mappings?: SphereMappings,
  ) {}

  event(event: ParsedEvent): number {
    const sphereId = this.sphereIds.get(event.sphere) ?? this.sphere(event.sphere);
    return this.statements.event.get(eventValues(this.reportId, sphereId, event))?.id ?? missing('event');
  }

  place(eventId: number, place: ResolvedPlace, position: number): void {
    this.statements.eventPlace.run({ eventId, placeId: this.placeId(place), position, source: place.source });
  }

  country(eventId: number, link: CountryLink): void {
    this.ensureCountry(link.code);
    this.statements.eventCountry.run({ eventId, countryCode: link.code, role: link.role });
  }

  warning(eventId: number | null, warning: Warning): void {
    const values = { reportId: this.reportId, eventId, code: warning.code, message: warning.message, location: warning.where ?? null };
    this.statements.warning.run(values);
  }

  private sphere(header: string): number {
    const sphere = resolveSphere(header, this.mappings);
    if (!sphere.known) {
      this.warning(null, { code: 'unknown_sphere', message: `section header matches no known sphere: "${header}"`, where: header });
    }
    const values = { slug: sphere.slug, name: sphere.name, shortLabel: sphere.shortLabel, position: sphere.position };
    const id = this.statements.sphere.get(values)?.id ?? missing('sphere');
    this.sphereIds.set(header, id);
    return id;
  }

  private placeId(place: ResolvedPlace): number {
    const key = `${place.country}\u0000${place.name}`;
    const known = this.placeIds.get(key);
    if (known && known.lat === place.lat && known.lon === place.lon) return known.id;
    this.ensureCountry(place.country);
    const values = { name: place.name, countryCode: place.country, lat: place.lat, lon: place.lon };
    const id = this.statements.place.get(values)?.id ?? missing('place');
    this.placeIds.set(key, { id, lat: place.lat, lon: place.lon });
    return id;
  }

  private ensureCountry(code: string): void {
    if (this.countryCodes.has(code)) return;
    this.statements.country.run(countryRow(code));
    this.countryCodes.add(code);
  }
}

function prepareStatements(tx: Tx) {
  return {
    event: prepareEventInsert(tx),
    sphere: tx
      .insert(spheres)
      .values({ slug: p('slug'), name: p('name'), shortLabel: p('shortLabel'), position: p('position') })
      .onConflictDoUpdate({ target: spheres.slug, set: { slug: sql`excluded.slug` } })
      .returning({ id: spheres.id })
      .prepare(),
    place: tx
      .insert(places)
      .values({ name: p('name'), countryCode: p('countryCode'), lat: p('lat'), lon: p('lon') })
      .onConflictDoUpdate({ target: [places.name, places.countryCode], set: { lat: sql`excluded.lat`, lon: sql`excluded.lon` } })
      .returning({ id: places.id })
      .prepare(),
    country: tx
      .insert(countries)
      .values({ code: p('code'), nameRu: p('nameRu'), nameEn: p('nameEn'), region: p('region') })
      .onConflictDoNothing()
      .prepare(),
    eventPlace: tx
      .insert(eventPlaces)
      .values({ eventId: p('eventId'), placeId: p('placeId'), position: p('position'), source: p('source') })
      .onConflictDoNothing()
      .prepare(),
    eventCountry: tx.insert(eventCountries).values({ eventId: p('eventId'), countryCode: p('countryCode'), role: p('role') }).prepare(),
    warning: tx
      .insert(importWarnings)
      .values({ reportId: p('reportId'), eventId: p('eventId'), code: p('code'), message: p('message'), location: p('location') })
      .prepare(),
  };
}

const EVENT_COLUMNS = [
  'reportId', 'seq', 'printedNo', 'sphereId', 'sphereHeader', 'title', 'status', 'startDate', 'endDate', 'datePrecision', 'quarterKey', 'remote',
  'smeCount', 'participantsTotal', 'foreignParticipants', 'audience', 'delegationSize', 'agreementSigned', 'format', 'direction', 'kind',
  'venues', 'searchText', 'sourceText',
] as const;

function prepareEventInsert(tx: Tx) {
  const values = Object.fromEntries(EVENT_COLUMNS.map((column) => [column, p(column)])) as Record<(typeof EVENT_COLUMNS)[number], ReturnType<typeof p>>;
  return tx.insert(events).values(values).returning({ id: events.id }).prepare();
}

function eventValues(reportId: number, sphereId: number, event: ParsedEvent): Record<(typeof EVENT_COLUMNS)[number], unknown> {
  return {
    reportId,
    seq: event.seq,
    printedNo: event.printedNo,
    sphereId,
    sphereHeader: event.sphere,
    title: event.title,
    status: event.status,
    startDate: event.startDate,
    endDate: event.endDate,
    datePrecision: event.datePrecision,
    quarterKey: event.startDate ? quarterKeyOf(event.startDate) : null,
    remote: event.remote,
    ...countsOf(event),
    agreementSigned: event.agreementSigned,
    format: event.format,
    direction: event.direction,
    kind: event.kind,
    venues: event.venues,
    searchText: searchTextOf(event),
    sourceText: event.sourceText,
  };
}

function missing(what: string): never {
  throw new Error(`insert into ${what} returned no id`);
}

/** The events page's search text of a row: its cells and the names of its places. */
export function searchTextOf(event: ParsedEvent): string {
  const { title, place, goal, participants } = event.sourceText;
  const names = event.places.map((place) => place.name);
  return [title, place, goal, participants, ...names].join(' ').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}
