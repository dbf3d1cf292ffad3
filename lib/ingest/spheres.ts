/**
 * Maps a section header to a canonical sphere (data/spheres/spheres.json): by the exact name,
 * then by the longest synonym the normalised header contains. An unknown header becomes a sphere
 * of its own (known: false), so nothing is lost and the data-quality page can flag it.
 */
import canonical from '@/data/spheres/spheres.json';

export interface SphereRef {
  slug: string;
  name: string;
  shortLabel: string;
  position: number;
  known: boolean;
}

const FILLER = /^(сотрудничество|взаимодействие)\s+(в|по)\s+((сфере|сферах|области|направлению)\s+)?/i;

export function resolveSphere(header: string): SphereRef {
  const text = normaliseHeader(header);
  const exact = canonical.findIndex((sphere) => normaliseHeader(sphere.name) === text);
  const index = exact >= 0 ? exact : bestSynonymMatch(text.replace(FILLER, ''));
  const sphere = canonical[index];
  if (sphere) return { slug: sphere.slug, name: sphere.name, shortLabel: sphere.short, position: index, known: true };
  return { slug: slugify(header), name: header, shortLabel: shortLabelOf(header), position: canonical.length, known: false };
}

/** The canonical sphere whose longest synonym begins the header ("культуры" in "культуры и спорта"). */
function bestSynonymMatch(text: string): number {
  let best = { index: -1, length: 0 };
  canonical.forEach((sphere, index) => {
    for (const synonym of sphere.synonyms.map(normaliseHeader)) {
      if (text.startsWith(synonym) && synonym.length > best.length) best = { index, length: synonym.length };
    }
  });
  return best.index;
}

function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[\s\u00a0]+/g, ' ').trim();
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
  const latin = [...normaliseHeader(header).replace(FILLER, '')].map((ch) => TRANSLIT[ch] ?? ch).join('');
  return latin.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'sphere';
}
