/**
 * The offline gazetteer (data/gazetteer/places.json): settlements with every Russian case form.
 * Lookup tables are built once, at module load.
 *
 * Places flagged markerOnly have forms that are also ordinary words or personal names ("Мир",
 * "Гагарин", "Горки"); in free text they count only right after a settlement marker ("г. Гагарин").
 * Free-text matches must start with a capital letter: place names are proper nouns, which keeps
 * "вены" and "мосты" from matching Вена and Мосты.
 */
import placesData from '@/data/gazetteer/places.json';
import { buildNameIndex, foldText, foldYo, followsHyphen, matchNameAt, normalizeWord, scanWordStarts } from './words';

export interface GazetteerPlace {
  name: string; // nominative
  country: string; // ISO 3166-1 alpha-2
  lat: number;
  lon: number;
  capital: boolean;
}

interface PlaceRecord {
  name: string;
  country: string;
  lat: number;
  lon: number;
  forms: string[];
  capital?: boolean;
  markerOnly?: boolean;
}

const records: PlaceRecord[] = placesData;
const SETTLEMENT_MARKER_BEFORE = /(?:^|[^А-Яа-яЁё])(?:г|гор|д|дер|пос|п|с|пгт|рп|аг)\.\s*$/iu;

const placeByForm = new Map<string, { place: GazetteerPlace; markerOnly: boolean }>();
for (const record of records) {
  const place = toPlace(record);
  for (const form of [record.name, ...record.forms]) {
    placeByForm.set(normalizeWord(form), { place, markerOnly: record.markerOnly === true });
  }
}
const allPlaces = records.map(toPlace);
const formIndex = buildNameIndex(records.flatMap((record) => record.forms.map(foldYo)));

/** The settlement for any case form of its name ("Минске", "нижнего новгорода"), or null. */
export function resolvePlaceName(word: string): GazetteerPlace | null {
  return placeByForm.get(normalizeWord(word))?.place ?? null;
}

/** Every settlement of the gazetteer, nominative names. */
export function listGazetteerPlaces(): GazetteerPlace[] {
  return allPlaces;
}

/** Every gazetteer settlement named in the text, in order of first appearance, each once. */
export function findPlacesInText(text: string): GazetteerPlace[] {
  const folded = foldText(text);
  const found = new Map<string, GazetteerPlace>();
  scanWordStarts(folded.lower, (start) => {
    const end = followsHyphen(folded.lower, start) ? -1 : matchNameAt(formIndex, folded, start);
    if (end < 0) return -1;
    const written = folded.folded.slice(start, end);
    const entry = placeByForm.get(normalizeWord(written));
    const counts = entry && startsWithCapital(written) && (!entry.markerOnly || SETTLEMENT_MARKER_BEFORE.test(folded.folded.slice(0, start)));
    if (counts && !found.has(entry.place.name)) found.set(entry.place.name, entry.place);
    return end;
  });
  return [...found.values()];
}

function startsWithCapital(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function toPlace({ name, country, lat, lon, capital }: PlaceRecord): GazetteerPlace {
  return { name, country, lat, lon, capital: capital === true };
}
