/**
 * The "place" cell → settlements, venues and the remote flag. Pure: strings in, data out.
 *
 * Rules, as found in the real reports:
 * - Line breaks inside the cell are layout. The cell splits into segments at commas and semicolons
 *   outside parentheses, so "территория «Точка кипения» (ул. Пржевальского, д. 2-а)" stays whole,
 *   and at a dash, slash or "и" followed by a settlement marker: two cities joined by a
 *   videoconference are two places ("г. Смоленск – г. Минск (ВКС)", "г. Смоленск и г. Витебск").
 * - A segment that starts with a settlement marker names a settlement: "г." / "г " / "город",
 *   "дер." / "д." / "деревня", "пос." / "п.", "с." / "село", "пгт", "рп", "аг.", with or without a
 *   space after it ("г.Смоленск"), in any case ("в городе Минске", "Г. МИНСК"), after a
 *   preposition ("в г. Минске"). The plural "гг." makes every following name a settlement
 *   ("гг. Смоленск, Витебск"). "д." before a digit is a house number and stays with the street
 *   before it ("ул. Энгельса, д. 23").
 * - A segment that is a gazetteer settlement's name with no marker ("Минск, Республика Беларусь"),
 *   or such names joined by a dash or "и" ("Смоленск – Минск"), names those settlements.
 * - A country segment after a settlement ("г. Минск, Республика Беларусь"), or a country in
 *   parentheses right after it, is evidence for that settlement's country.
 * - Oblast and district segments ("Смоленская область", "Смоленский район") are context, not venues.
 * - Remote markers (remote-words.ts: "(в дистанционном формате)", "онлайн", "он-лайн", "ВКС",
 *   "в режиме видеоконференцсвязи", "видеосвязь", "дистанционно", "удаленно") set `remote` and are
 *   removed from the text.
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
 *
 * Analysts' aliases (passed in as data, `PlaceAliases`) answer for a place text the rules above
 * leave unresolved: a settlement name the gazetteer does not know (asked before the world data
 * set), or the whole cell when it names no settlement. Such a place has source "alias" and no
 * warning. The text an alias is keyed by is the one unresolvedPlaceText reads from the warning.
 */
import { getCountry, resolveCountryName } from '@/lib/geo/countries';
import { type GazetteerPlace, resolvePlaceName } from '@/lib/geo/gazetteer';
import { foldCaseEndings } from '@/lib/geo/nominative';
import { resolveAdministrativeSeat } from '@/lib/geo/seats';
import { normalizeWord } from '@/lib/geo/words';
import { resolveBeyondGazetteer } from './places-world';
import { REMOTE } from './remote-words';
import type { PlaceAliases, ResolvedPlace, Warning, WarningCode } from './types';

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

const SETTLEMENT_MARKER =
  /^(?:(?:в|во|на|из)\s+)?(?:(?:г|гор|д|дер|пос|п|с|пгт|рп|аг)\.\s*|(?:г|город[а-я]*|деревн[а-я]*|посел[её]к[а-я]*|пос[её]лк[а-я]*|сел[оауе]|пгт|рп)\s+)/iu;
const PLURAL_MARKER = /^(?:(?:в|во|на|из)\s+)?(?:гг\.\s*|города\s+)/iu;
/** A dash, slash or "и" right before a settlement marker separates two settlements. */
const BEFORE_MARKER =
  /\s*(?:[-\u2010-\u2015\u2212/]|\s(?:и|и\s+в|-\s*в))\s*(?=(?:г|гор|д|дер|пос|п|с|пгт|рп|аг)\.\s*[А-ЯЁ]|(?:город|деревня|поселок|посёлок|село)\s+[А-ЯЁ])/u;
/** Gazetteer names joined without markers: "Смоленск – Минск". */
const NAME_JOINER = /\s+(?:[-\u2010-\u2015\u2212]|и)\s+|\s*\/\s*/u;
/** "С.А. Лукина" is a person's initials, not "с." (village) followed by a name. */
const INITIAL = /^[А-ЯЁ]\./u;
const HOUSE_NUMBER = /^(?:д|дом|корп|стр|оф|пом)\.?\s*\d/iu;
const TRAILING_PARENTHESES = /\s*\(([^()]*)\)$/u;
const ADMIN_SEGMENT =
  /^[А-ЯЁ][А-Яа-яЁё-]*(?:ая|ой|ую|ий|ый|ого|ом)\s+(?:област(?:ь|и)|район[а-я]*|муниципальн[а-я]*\s+округ[а-я]*)$/u;

const NO_ALIASES: PlaceAliases = new Map();
/** The warnings of a place no rule resolved (an analyst's alias can answer them: lib/curation/aliases.ts). */
export const UNRESOLVED_CODES: readonly WarningCode[] = ['unknown_place', 'place_country_fallback'];
const WRITTEN_SETTLEMENT = /^settlement "([^"]+)"/u;

/**
 * The key of a place text among the aliases (stored as place_aliases.text_key): case, ё, quotes,
 * spacing and the grammatical case ("Минске" and "Минска" are keyed as "Минск": foldCaseEndings) do
 * not matter. Quotes go after the first normalizeWord, as they always did: lowercasing reads its
 * context (Greek final sigma), and the second pass closes the gaps they leave.
 */
export function placeTextKey(text: string): string {
  return foldCaseEndings(normalizeWord(normalizeWord(text).replace(/["«»“”„]/g, '')));
}

/**
 * The place text an unknown_place or place_country_fallback warning is about: the settlement's name
 * as written, or the whole cell when it named none. Null for any other warning.
 */
export function unresolvedPlaceText(warning: { code: string; message: string; where?: string | null }): string | null {
  if (!(UNRESOLVED_CODES as readonly string[]).includes(warning.code)) return null;
  return WRITTEN_SETTLEMENT.exec(warning.message)?.[1] ?? warning.where ?? null;
}

export function parsePlaceCell(cell: string, aliases: PlaceAliases = NO_ALIASES): PlaceCellResult {
  const text = cell.replace(/\u00a0/g, ' ');
  const where = oneLine(text);
  const remote = text.search(REMOTE) >= 0;
  const { settlements, venues, countries } = classifySegments(splitSegments(text.replace(REMOTE, ' ')));
  const resolutions =
    settlements.length > 0
      ? settlements.map((settlement) => resolveSettlement(settlement, where, aliases))
      : [resolveWithoutSettlement(text, countries, where, aliases)];
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
  return segments
    .flatMap((segment) => segment.split(BEFORE_MARKER))
    .map((segment) => segment.trim())
    .filter(Boolean)
    .reduce(joinHouseNumbers, []);
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
  let plural = false;
  for (const raw of segments) {
    const pluralMarker = PLURAL_MARKER.exec(raw);
    const segment = pluralMarker ? raw.slice(pluralMarker[0].length) : raw;
    if (pluralMarker) plural = true;
    const settlement = parseSettlement(segment, plural);
    const country = settlement ? null : resolveCountryName(segment);
    const named = settlement || country ? [] : namedSettlements(segment);
    if (!settlement) plural = false;
    if (settlement) {
      settlements.push(settlement.settlement);
      if (settlement.rest !== '') venues.push(settlement.rest);
    } else if (named.length > 0) {
      settlements.push(...named);
    } else if (country) {
      countries.push(country);
      const last = settlements.at(-1);
      if (last && last.country === null) last.country = country;
    } else if (!ADMIN_SEGMENT.test(segment)) venues.push(segment);
  }
  return { settlements, venues, countries };
}

/** Gazetteer settlements named without a marker: the whole segment, or names joined by a dash or "и". */
function namedSettlements(segment: string): Settlement[] {
  const parts = segment.split(NAME_JOINER).map((part) => part.trim());
  const known = parts.map((part) => (startsWithCapital(part) ? resolvePlaceName(part.replace(TRAILING_PARENTHESES, '')) : null));
  if (known.some((place) => place === null)) return [];
  return known.map((place, index) => {
    const parentheses = TRAILING_PARENTHESES.exec(parts[index] ?? '');
    return { written: parts[index] ?? '', known: place, country: parentheses ? resolveCountryName(parentheses[1] ?? '') : null };
  });
}

/** A settlement segment; `plural` when an earlier "гг." makes a bare name a settlement too. */
function parseSettlement(segment: string, plural = false): { settlement: Settlement; rest: string } | null {
  const marker = SETTLEMENT_MARKER.exec(segment);
  if (!marker && !plural) return null;
  let rest = segment.slice(marker?.[0].length ?? 0).trim();
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
  // After "гг." a bare segment is a settlement only when it looks like a name: one or two
  // capitalised words that are no country or oblast.
  const bareName = words.length <= 2 && words.every(startsWithCapital) && !resolveCountryName(rest) && !ADMIN_SEGMENT.test(rest);
  if (!marker && !bareName) return null;
  const firstLowercase = words.findIndex((word) => !startsWithCapital(word));
  const nameLength = firstLowercase === -1 ? words.length : Math.max(1, firstLowercase);
  const written = words.slice(0, nameLength).join(' ');
  return { settlement: { written, known: null, country }, rest: words.slice(nameLength).join(' ') };
}

function resolveSettlement({ written, known, country }: Settlement, where: string, aliases: PlaceAliases): Resolution {
  if (known && (country === null || country === known.country)) {
    return { place: fromGazetteer(known, 'gazetteer'), warning: null };
  }
  const alias = fromAlias(aliases, written);
  if (alias) return alias;
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

function resolveWithoutSettlement(text: string, countries: string[], where: string, aliases: PlaceAliases): Resolution {
  const alias = fromAlias(aliases, where);
  if (alias) return alias;
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

function fromAlias(aliases: PlaceAliases, text: string): Resolution | null {
  const alias = aliases.get(placeTextKey(text));
  return alias ? { place: { name: alias.name, country: alias.country, lat: alias.lat, lon: alias.lon, source: 'alias' }, warning: null } : null;
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
