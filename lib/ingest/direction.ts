/**
 * Event direction, judged from the venue and the title.
 *
 * Direction — which way people moved, judged from the venue:
 * - outbound: no venue in the home region (lib/ingest/home-region.ts: its city and district seats,
 *   or a cell naming Смоленская область / a Smolensk district) and a venue elsewhere — abroad or in
 *   another Russian region; the region's people went there (or joined it from afar);
 * - inbound: a venue in the region, and the title (names in quotes and "с участием …" set aside)
 *   speaks of a visit — реверсная, делегация, визит, гастроли, приезд, прибытие, пребывание — or
 *   the event is a meeting, mission, performance, festival or excursion of a foreign party named in
 *   the title ("Дни культуры Республики Беларусь", "Показ спектаклей … театром (Республика
 *   Узбекистан)", "экскурсия … для представителей Республики Беларусь");
 * - hosted: otherwise — an international event held in the region (a cell with no known place
 *   counts as the region; so does a remote event with one end in the region).
 */
import { findCountriesInText } from '@/lib/geo/countries';
import { findPlacesInText } from '@/lib/geo/gazetteer';
import { lower, type Rule, splitQuotes } from './classify-rules';
import { isHomeSettlement, namesHomeRegion } from './home-region';
import type { Direction, EventKind, ResolvedPlace } from './types';

const VISIT_WORDS: Rule<Direction> = {
  id: 'direction.inbound_visit',
  value: 'inbound',
  pattern: /реверсн|делегаци|визит|гастрол|приезд|прибыти|пребывани/,
};

/** Kinds of event that belong to a party (its meeting, mission, show, days, tour), not to a theme. */
const PARTY_KINDS: EventKind[] = ['working_meeting', 'business_mission', 'performance', 'festival', 'other'];

export function classifyDirection(
  input: { places: ResolvedPlace[]; placeCell: string; title: string; kind: EventKind },
  trace?: string[],
): Direction {
  const fire = (id: string, value: Direction): Direction => {
    trace?.push(id);
    return value;
  };
  if (isAway(input.places, input.placeCell)) return fire('direction.outbound_venue', 'outbound');
  const title = splitQuotes(input.title).outside.replace(/с (?:международным )?участием[^.;]*/gi, ' ');
  if (VISIT_WORDS.pattern.test(lower(title))) {
    trace?.push(`${VISIT_WORDS.id} "${lower(title).match(VISIT_WORDS.pattern)?.[0] ?? ''}"`);
    return fire(VISIT_WORDS.id, 'inbound');
  }
  if (PARTY_KINDS.includes(input.kind) && namesForeignParty(title)) return fire('direction.inbound_party', 'inbound');
  return fire('direction.default_hosted', 'hosted');
}

/**
 * No venue in the home region, and one elsewhere. A cell with no known place counts as home; so
 * does a remote event with one end in the region.
 */
export function isAway(places: ResolvedPlace[], placeCell: string): boolean {
  if (places.length === 0) return false;
  const homeCell = namesHomeRegion(placeCell);
  return !places.some((place) => isHomeSettlement(place.name) || (homeCell && place.country === 'RU'));
}

function namesForeignParty(title: string): boolean {
  if (findCountriesInText(title).some((code) => code !== 'RU')) return true;
  return findPlacesInText(title).some((place) => place.country !== 'RU');
}
