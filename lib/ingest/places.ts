/**
 * The "place" cell → settlements, venues and the remote flag. Pure: strings in, data out.
 *
 * Rules, as found in the real reports:
 * - Line breaks inside the cell are layout. The cell splits into segments at commas and semicolons
 *   outside parentheses, so "территория «Точка кипения» (ул. Пржевальского, д. 2-а)" stays whole.
 * - A segment that starts with a settlement marker names a settlement: "г." / "г " / "город",
 *   "дер." / "д." / "деревня", "пос." / "п.", "с." / "село", "пгт", "рп", "аг.", with or without a
 *   space after it ("г.Смоленск"). "д." before a digit is a house number and stays with the street
 *   before it ("ул. Энгельса, д. 23").
 * - A country segment after a settlement ("г. Минск, Республика Беларусь"), or a country in
 *   parentheses right after it, is evidence for that settlement's country.
 * - Oblast and district segments ("Смоленская область", "Смоленский район") are context, not venues.
 * - Remote markers ("(в дистанционном формате)", "онлайн", "в режиме видеоконференцсвязи",
 *   "в формате ВКС") set `remote` and are removed from the text.
 * - Every other segment is one venue string.
 *
 * Resolution: a gazetteer settlement → source "gazetteer". A settlement the gazetteer does not know
 * is looked up in the world data set (lib/geo/world-settlements.ts: GeoNames, read once from its
 * package on the first miss) with the row's country as a constraint → source "world", warning
 * place_from_world_data; the hand list wins where both know it. Still unknown, with a known country
 * → that country's centroid (source "centroid", warning place_country_fallback). With no settlement:
 * a district → its seat, an oblast or an oblast body ("Министерство … Смоленской области") → the
 * oblast's seat (source "seat", warning place_seat_assumed), a foreign country alone → its centroid;
 * otherwise no place and warning unknown_place.
 */
import { getCountry, resolveCountryName } from '@/lib/geo/countries';
import { type GazetteerPlace, resolvePlaceName } from '@/lib/geo/gazetteer';
import { resolveAdministrativeSeat } from '@/lib/geo/seats';
import { resolveBeyondGazetteer } from './places-world';
import type { ResolvedPlace, Warning } from './types';

export interface PlaceCellResult {
  places: ResolvedPlace[];
  venues: string[];
  remote: boolean;
  warnings: Warning[];
}

interface Settlement {
  written: string;
  known: GazetteerPlace | null;
  country: string | null;
}

interface Resolution {
  place: ResolvedPlace | null;
  warning: Warning | null;
}

const REMOTE_PHRASE = [
  '(?:в\\s+)?(?:дистанционном|онлайн|удаленном|заочном)\\s+(?:формате|режиме)',
  '(?:в\\s+)?(?:формате|режиме)\\s+(?:ВКС|видеоконференц[а-я-]*|онлайн)',
  '(?:посредством|с\\s+использованием)\\s+(?:ВКС|видеоконференц[а-я-]*)',
  'дистанционно',
  'онлайн',
].join('|');
const REMOTE = new RegExp(
  `\\(\\s*(?:${REMOTE_PHRASE})\\s*\\)|(?<![А-Яа-яЁё])(?:${REMOTE_PHRASE})(?![А-Яа-яЁё-])`,
  'giu',
);
const SETTLEMENT_MARKER =
  /^(?:(?:г|гор|д|дер|пос|п|с|пгт|рп|аг)\.\s*|(?:г|город|деревня|поселок|посёлок|село|пгт|рп)\s+)/iu;
/** "С.А. Лукина" is a person's initials, not "с." (village) followed by a name. */
const INITIAL = /^[А-ЯЁ]\./u;
const HOUSE_NUMBER = /^(?:д|дом|корп|стр|оф|пом)\.?\s*\d/iu;
const TRAILING_PARENTHESES = /\s*\(([^()]*)\)$/u;
const ADMIN_SEGMENT =
  /^[А-ЯЁ][А-Яа-яЁё-]*(?:ая|ой|ую|ий|ый|ого|ом)\s+(?:област(?:ь|и)|район[а-я]*|муниципальн[а-я]*\s+округ[а-я]*)$/u;

export function parsePlaceCell(cell: string): PlaceCellResult {
  const text = cell.replace(/\u00a0/g, ' ');
  const where = oneLine(text);
  const remote = text.search(REMOTE) >= 0;
  const { settlements, venues, countries } = classifySegments(splitSegments(text.replace(REMOTE, ' ')));
  const resolutions =
    settlements.length > 0
      ? settlements.map((settlement) => resolveSettlement(settlement, where))
      : [resolveWithoutSettlement(text, countries, where)];
  return {
    places: uniqueByName(resolutions.flatMap((resolution) => (resolution.place ? [resolution.place] : []))),
    venues,
    remote,
    warnings: resolutions.flatMap((resolution) => (resolution.warning ? [resolution.warning] : [])),
  };
}

/** Segments at top-level commas and semicolons; a house number joins the street before it. */
function splitSegments(text: string): string[] {
  const segments: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of oneLine(text)) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (char === ',' || char === ';')) {
      segments.push(current);
      current = '';
    } else current += char;
  }
  segments.push(current);
  return segments.map((segment) => segment.trim()).filter(Boolean).reduce(joinHouseNumbers, []);
}

function joinHouseNumbers(segments: string[], segment: string): string[] {
  const previous = segments.at(-1);
  if (previous === undefined || !HOUSE_NUMBER.test(segment)) return [...segments, segment];
  return [...segments.slice(0, -1), `${previous}, ${segment}`];
}

function classifySegments(segments: string[]) {
  const settlements: Settlement[] = [];
  const venues: string[] = [];
  const countries: string[] = [];
  for (const segment of segments) {
    const settlement = parseSettlement(segment);
    const country = settlement ? null : resolveCountryName(segment);
    if (settlement) {
      settlements.push(settlement.settlement);
      if (settlement.rest !== '') venues.push(settlement.rest);
    } else if (country) {
      countries.push(country);
      const last = settlements.at(-1);
      if (last && last.country === null) last.country = country;
    } else if (!ADMIN_SEGMENT.test(segment)) venues.push(segment);
  }
  return { settlements, venues, countries };
}

function parseSettlement(segment: string): { settlement: Settlement; rest: string } | null {
  const marker = SETTLEMENT_MARKER.exec(segment);
  if (!marker) return null;
  let rest = segment.slice(marker[0].length).trim();
  if (!startsWithCapital(rest) || INITIAL.test(rest)) return null;
  let country: string | null = null;
  const parentheses = TRAILING_PARENTHESES.exec(rest);
  if (parentheses) {
    country = resolveCountryName(parentheses[1] ?? '');
    if (country || ADMIN_SEGMENT.test(parentheses[1] ?? '')) rest = rest.slice(0, parentheses.index);
  }
  const words = rest.split(' ');
  for (let count = Math.min(3, words.length); count > 0; count -= 1) {
    const written = words.slice(0, count).join(' ');
    const known = resolvePlaceName(written);
    if (known) return { settlement: { written, known, country }, rest: words.slice(count).join(' ') };
  }
  const firstLowercase = words.findIndex((word) => !startsWithCapital(word));
  const nameLength = firstLowercase === -1 ? words.length : Math.max(1, firstLowercase);
  const written = words.slice(0, nameLength).join(' ');
  return { settlement: { written, known: null, country }, rest: words.slice(nameLength).join(' ') };
}

function resolveSettlement({ written, known, country }: Settlement, where: string): Resolution {
  if (known && (country === null || country === known.country)) {
    return { place: fromGazetteer(known, 'gazetteer'), warning: null };
  }
  const { resolution, note } = resolveBeyondGazetteer(written, country, where);
  if (resolution) return resolution;
  const fallback = country === null ? null : getCountry(country);
  if (!fallback) {
    return { place: null, warning: { code: 'unknown_place', message: `settlement "${written}" is not in the gazetteer${note}`, where } };
  }
  const [lat, lon] = fallback.centroid;
  const message = `settlement "${written}" is not in the gazetteer for ${fallback.code}; placed at the country centroid${note}`;
  return {
    place: { name: known?.name ?? written, country: fallback.code, lat, lon, source: 'centroid' },
    warning: { code: 'place_country_fallback', message, where },
  };
}

function resolveWithoutSettlement(text: string, countries: string[], where: string): Resolution {
  const seat = resolveAdministrativeSeat(text);
  if (seat) {
    const message = `no settlement named; assumed the administrative seat ${seat.name}`;
    return { place: fromGazetteer(seat, 'seat'), warning: { code: 'place_seat_assumed', message, where } };
  }
  const foreign = countries.map((code) => getCountry(code)).find((country) => country && country.code !== 'RU');
  if (foreign) {
    const [lat, lon] = foreign.centroid;
    const message = `no settlement named; placed at the centroid of ${foreign.code}`;
    return {
      place: { name: foreign.nameRu, country: foreign.code, lat, lon, source: 'centroid' },
      warning: { code: 'place_country_fallback', message, where },
    };
  }
  return { place: null, warning: { code: 'unknown_place', message: 'no settlement recognised', where } };
}

function fromGazetteer({ name, country, lat, lon }: GazetteerPlace, source: ResolvedPlace['source']): ResolvedPlace {
  return { name, country, lat, lon, source };
}

function uniqueByName(places: ResolvedPlace[]): ResolvedPlace[] {
  return places.filter((place, index) => places.findIndex((other) => other.name === place.name) === index);
}

function startsWithCapital(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
