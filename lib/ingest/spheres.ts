/**
 * Maps a section header to a canonical sphere (data/spheres/spheres.json): by the exact name,
 * then by the longest synonym the normalised header contains. An unknown header becomes a sphere
 * of its own (known: false), so nothing is lost and the data-quality page can flag it.
 *
 * Analysts' section mappings (passed in as data, `SphereMappings`, keyed by sphereHeaderKey) come
 * first: a header an analyst mapped files its rows under the sphere chosen, an existing one or a
 * new one with its own name and short label (lib/curation/sphere-mappings.ts).
 */
import canonical from '@/data/spheres/spheres.json';
import { normalizeWord } from '@/lib/geo/words';

export interface SphereRef {
  slug: string;
  name: string;
  shortLabel: string;
  position: number;
  known: boolean;
}

/** sphereHeaderKey(header) → the sphere an analyst chose for that header. */
export type SphereMappings = ReadonlyMap<string, { slug: string; name: string; shortLabel: string }>;

const NO_MAPPINGS: SphereMappings = new Map();

const FILLER = /^(сотрудничество|взаимодействие)\s+(в|по)\s+((сфере|сферах|области|направлению)\s+)?/i;

export function resolveSphere(header: string, mappings: SphereMappings = NO_MAPPINGS): SphereRef {
  const text = normalizeWord(header);
  const mapped = mappings.get(text);
  if (mapped) {
    const index = canonical.findIndex((sphere) => sphere.slug === mapped.slug);
    return { ...mapped, position: index >= 0 ? index : canonical.length, known: true };
  }
  const exact = canonical.findIndex((sphere) => normalizeWord(sphere.name) === text);
  const index = exact >= 0 ? exact : bestSynonymMatch(text.replace(FILLER, ''));
  const sphere = canonical[index];
  if (sphere) return { slug: sphere.slug, name: sphere.name, shortLabel: sphere.short, position: index, known: true };
  return { slug: slugify(header), name: header, shortLabel: shortLabelOf(header), position: canonical.length, known: false };
}

/** The canonical sphere whose longest synonym begins the header ("культуры" in "культуры и спорта"). */
function bestSynonymMatch(text: string): number {
  let best = { index: -1, length: 0 };
  canonical.forEach((sphere, index) => {
    for (const synonym of sphere.synonyms.map(normalizeWord)) {
      if (text.startsWith(synonym) && synonym.length > best.length) best = { index, length: synonym.length };
    }
  });
  return best.index;
}

/** The key of a section header among the mappings: case, ё and spacing do not matter. */
export function sphereHeaderKey(header: string): string {
  return normalizeWord(header);
}

/** The slug a sphere named `name` gets (Latin letters of its name after "Сотрудничество в сфере"). */
export function sphereSlugOf(name: string): string {
  return slugify(name);
}

function shortLabelOf(header: string): string {
  const rest = header.replace(FILLER, '').trim() || header;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

const TRANSLIT: Record<string, string> = Object.fromEntries(
  'а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:h ц:ts ч:ch ш:sh щ:sch ъ: ы:y ь: э:e ю:yu я:ya'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

function slugify(header: string): string {
  const latin = [...normalizeWord(header).replace(FILLER, '')].map((ch) => TRANSLIT[ch] ?? ch).join('');
  return latin.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'sphere';
}
