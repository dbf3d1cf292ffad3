/**
 * Synthetic quarterly reports as ParsedReport objects, stored through the real write path
 * (saveReport). Each report holds events of its own quarter and, like the real report, a few rows
 * that repeat events of the previous report's last weeks (every 1 / REPEAT_SHARE-th of them):
 * link-events links those across reports, and nothing else, because titles differ (vocabulary.ts).
 */
import type { CountryLink, ParsedEvent, ParsedReport, Period, ResolvedPlace, Warning } from '@/lib/ingest/types';
import type { Random } from './random';
import { GOALS, KIND_PHRASES, MONTHS_GENITIVE, SIGNED_GOAL, titleOf } from './vocabulary';
import type { World } from './world';

const REPEAT_SHARE = 0.03;
const REPEAT_WINDOW_DAYS = 21;
const DAY_MS = 86_400_000;
const DURATIONS = [0, 1, 2, 3, 4, 6, 13];

/** `firstSerial`: events generated before this report, so every title is distinct (vocabulary.ts). */
export function generateReport(random: Random, world: World, period: Period, count: number, previous: ParsedEvent[], firstSerial = 0): ParsedReport {
  const start = quarterStartDay(period);
  const recent = previous.filter((event) => event.startDate !== null && dayOf(event.startDate) >= start - REPEAT_WINDOW_DAYS);
  const repeated = recent.filter((_, i) => i % Math.ceil(1 / REPEAT_SHARE) === 0);
  const events: ParsedEvent[] = repeated.map((event, i) => ({ ...event, seq: i + 1, warnings: [outsidePeriod(period)] }));
  for (let seq = events.length + 1; seq <= count; seq++) {
    events.push(generateEvent(random, world, start, seq, firstSerial + seq));
  }
  const label = `${['I', 'II', 'III', 'IV'][period.part - 1]} квартале ${period.year} года`;
  const account = { rowsRead: count + 1, headers: 1, columnNumbers: 0, sections: 0, events: count, summaryRows: 0, skipped: [] };
  return { period, title: `Отчет о мероприятиях в международной сфере в ${label}`, summary: null, events, account };
}

function generateEvent(random: Random, world: World, quarterStart: number, seq: number, serial: number): ParsedEvent {
  const sphere = random.zipf(world.sphereHeaders, 1.0);
  const { kind, phrase } = random.zipf(KIND_PHRASES, 0.9);
  const abroad = random.chance(0.45);
  const place = abroad ? foreignPlace(random, world) : random.zipf(world.homePlaces, 1.3);
  const countries = countryLinks(random, world, place);
  const startDay = quarterStart + random.int(0, 88);
  const endDay = startDay + random.zipf(DURATIONS, 1.5);
  const remote = random.chance(0.08);
  const sme = /экономического|промышленности/.test(sphere) && random.chance(0.6) ? random.zipf(SME_COUNTS, 1.2) : null;
  const signed = random.chance(0.08);
  const title = titleOf(random, phrase, serial, seq);
  const participants = sme === null ? `${random.int(3, 40)} человек` : `${sme} субъектов малого и среднего предпринимательства`;
  return {
    seq,
    printedNo: String(seq),
    sphere,
    title,
    status: 'held',
    startDate: isoOfDay(startDay),
    endDate: isoOfDay(endDay),
    datePrecision: 'day',
    places: [place],
    venues: [place.name],
    remote,
    countries,
    smeCount: sme,
    participantsTotal: random.chance(0.5) ? random.int(5, 300) : null,
    foreignParticipants: random.chance(0.3) ? random.int(1, 50) : null,
    audience: random.chance(0.2) ? random.int(50, 5000) : null,
    delegationSize: null,
    agreementSigned: signed,
    format: remote ? 'remote' : random.chance(0.05) ? 'hybrid' : 'in_person',
    direction: place.country !== 'RU' || place.name !== 'Смоленск' ? 'outbound' : random.chance(0.3) ? 'inbound' : 'hosted',
    kind,
    sourceText: { number: `${seq}.`, title, place: `г. ${place.name}`, dates: datesText(startDay, endDay), goal: signed ? SIGNED_GOAL : random.pick(GOALS), participants },
    warnings: place.source === 'centroid' ? [{ code: 'place_country_fallback', message: `unknown settlement "${place.name}"`, where: place.name }] : [],
  };
}

const SME_COUNTS = Array.from({ length: 80 }, (_, i) => i + 1);

function foreignPlace(random: Random, world: World): ResolvedPlace {
  const country = random.zipf(world.countries, 1.2);
  return random.zipf(world.placesByCountry.get(country) ?? world.homePlaces, 1.0);
}

function countryLinks(random: Random, world: World, place: ResolvedPlace): CountryLink[] {
  const links: CountryLink[] = place.country === 'RU' ? [] : [{ code: place.country, role: 'venue' }];
  const partners = random.chance(0.6) ? (random.chance(0.2) ? 2 : 1) : 0;
  for (let i = 0; i < partners; i++) {
    const code = random.zipf(world.countries, 1.2);
    if (!links.some((link) => link.code === code)) links.push({ code, role: 'partner' });
  }
  return links;
}

function outsidePeriod(period: Period): Warning {
  return { code: 'date_outside_period', message: `the event starts before ${period.year}-Q${period.part}` };
}

/** "21-23 октября 2025 года", or "31 октября – 4 ноября 2025 года" across months. */
function datesText(startDay: number, endDay: number): string {
  const start = new Date(startDay * DAY_MS);
  const end = new Date(endDay * DAY_MS);
  const month = (date: Date) => MONTHS_GENITIVE[date.getUTCMonth()];
  const year = `${end.getUTCFullYear()} года`;
  if (startDay === endDay) return `${start.getUTCDate()} ${month(start)} ${year}`;
  if (start.getUTCMonth() === end.getUTCMonth()) return `${start.getUTCDate()}-${end.getUTCDate()} ${month(end)} ${year}`;
  return `${start.getUTCDate()} ${month(start)} – ${end.getUTCDate()} ${month(end)} ${year}`;
}

function quarterStartDay(period: Period): number {
  return Date.UTC(period.year, (period.part - 1) * 3, 1) / DAY_MS;
}

function dayOf(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
}

function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
