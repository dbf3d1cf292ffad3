/**
 * The hook of places.ts for a settlement the gazetteer does not know by its written form: the
 * hand list under a nominative candidate, else the world data set (lib/geo/world-settlements.ts),
 * as a resolved place with warning place_from_world_data, so analysts can check each one. When
 * nothing is found, a note for the fallback warning names the homonyms that made it ambiguous.
 *
 * The world data is static and read-only, loaded by lib/geo once on the first miss: the result
 * depends on the cell text alone, as everywhere in lib/ingest.
 */
import { type BeyondGazetteer, lookupBeyondGazetteer, type WorldSettlement } from '@/lib/geo/world-settlements';
import type { ResolvedPlace, Warning } from './types';

export interface BeyondResolution {
  /** The place found, or null when the caller's fallback applies. */
  resolution: { place: ResolvedPlace; warning: Warning | null } | null;
  /** For the fallback warning: why the world data did not decide (or ''). */
  note: string;
}

export function resolveBeyondGazetteer(written: string, country: string | null, where: string): BeyondResolution {
  const found = lookupBeyondGazetteer(written, country);
  if (found.kind === 'unknown') return { resolution: null, note: ambiguityNote(found.ambiguous) };
  return { resolution: fromBeyondGazetteer(found, written, where), note: '' };
}

function fromBeyondGazetteer(found: Exclude<BeyondGazetteer, { kind: 'unknown' }>, written: string, where: string) {
  if (found.kind === 'gazetteer') {
    const { name, country, lat, lon } = found.place;
    return { place: { name, country, lat, lon, source: 'gazetteer' as const }, warning: null };
  }
  const { place, via, homonyms } = found;
  const others = homonyms > 0 ? `; ${homonyms} more of that name in ${place.country}, took the most populous` : '';
  const how = via === 'russian_name' ? 'its Russian name' : 'transliteration';
  const message =
    `settlement "${written}" is not in the gazetteer; found in the world data (GeoNames ${place.geonameId}) as ` +
    `${place.latinName}, ${place.country}, population ${place.population}, by ${how}${others}`;
  return {
    place: { name: place.name, country: place.country, lat: place.lat, lon: place.lon, source: 'world' as const },
    warning: { code: 'place_from_world_data' as const, message, where },
  };
}

function ambiguityNote(ambiguous: WorldSettlement[]): string {
  if (ambiguous.length === 0) return '';
  const listed = ambiguous.slice(0, 5).map((place) => `${place.latinName} ${place.country}`).join(', ');
  return `; the world data has ${ambiguous.length} places of that name (${listed}) and no country tells them apart`;
}
