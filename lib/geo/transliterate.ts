/**
 * Russian (Cyrillic) settlement names → Latin match keys, for names the world data set has no
 * Cyrillic spelling of. Standard romanisations (tables in data/gazetteer/romanization.json) are
 * produced, then folded into one key:
 *
 * - BGN/PCGN 1947 (the system of GeoNames' ASCII names for Russia and most of the CIS):
 *   ж zh, й y, х kh, ц ts, ч ch, ш sh, щ shch, ы y, ь/ъ dropped, э e, ю yu, я ya, е ye at the
 *   start of a word and after a vowel, ь or ъ (else e), ё as е.
 * - ISO 9 / GOST 7.79 System A with its diacritics removed (the "Žodino", "Jaroslavl'" spellings
 *   in GeoNames' alternate names): ж z, й j, х h, ц c, ч c, ш s, щ s, ю ju, я ja.
 * - For China, Hong Kong, Macao and Taiwan, also Palladius (the Russian system for Chinese) read
 *   back into pinyin: "Суйфэньхэ" → suifenhe, "Цзиньхуа" → jinhua, "Хуньчунь" → hunchun.
 *
 * `latinKey` folds a Latin spelling so that these systems and the data set's own spellings
 * meet: diacritics, case, spaces, hyphens and apostrophes dropped; shch → sh, dzh/zh → j,
 * kh → h, ts/tz → c, w → v, y → i, and doubled letters once ("Navoiy" = "Navoi" = navoi).
 */
import romanizationData from '@/data/gazetteer/romanization.json';

interface RomanizationData {
  bgnPcgn: Record<string, string>;
  iso9: Record<string, string>;
  palladius: { initials: string[][]; finals: (string | boolean)[][]; zeroInitial: string[][] };
}

const tables: RomanizationData = romanizationData;
const BGN = tables.bgnPcgn;
const ISO9 = tables.iso9;
const VOWELS = new Set('аеёиоуыэюяіїє');

/** The BGN/PCGN and ISO 9 romanisations of a Russian name ("Новолукомль" → Novolukoml, Novolukoml). */
export function romanize(name: string): string[] {
  const lower = name.toLowerCase();
  let bgn = '';
  let iso = '';
  for (let i = 0; i < lower.length; i++) {
    const char = lower.charAt(i);
    const previous = lower.charAt(i - 1);
    const wordStart = i === 0 || !/[а-яёіїєґў]/u.test(previous);
    const iotated = (char === 'е' || char === 'ё') && (wordStart || VOWELS.has(previous) || previous === 'ь' || previous === 'ъ');
    bgn += iotated ? 'ye' : (BGN[char] ?? char);
    iso += ISO9[char] ?? char;
  }
  const spellings = [bgn, iso];
  // GeoNames writes ё as "yo" ("Syomkava", "Azyory") where BGN/PCGN has "ë".
  if (lower.includes('ё')) spellings.push(romanize(lower.replace(/(?<=[бвгджзклмнпрстфхцчшщ])ё/gu, 'йо').replace(/ё/g, 'йо'))[0] ?? bgn);
  return [...new Set(spellings)];
}

/**
 * Palladius → pinyin, for Chinese names written in Russian: each word is parsed into syllables
 * (an initial, then a final), and each syllable is spelt in pinyin. A final ending in "н" is
 * never followed by a vowel, since that "н" starts the next syllable (Хэнань → he-nan). A word
 * that does not parse gives null.
 */
const INITIALS = tables.palladius.initials.map(([from = '', to = '']) => [from, to] as const);
/** Finals after an initial. Those marked palatal turn z/c/s into j/q/x. */
const FINALS = tables.palladius.finals.map(([from, to, palatal]) => [String(from), String(to), palatal === true] as const);
const ZERO_INITIAL = tables.palladius.zeroInitial.map(([from = '', to = '']) => [from, to] as const);
const PALATALISED: Record<string, string> = { z: 'j', c: 'q', s: 'x' };
const LABIALS = new Set(['b', 'p', 'm', 'f']);

export function palladiusToPinyin(name: string): string | null {
  const words = name.toLowerCase().replace(/ё/g, 'е').split(/[^а-я]+/u).filter(Boolean);
  const parsed = words.map((word) => parseSyllables(word, 0));
  return parsed.every((word) => word !== null) && parsed.length > 0 ? parsed.join('') : null;
}

function parseSyllables(word: string, at: number): string | null {
  if (at === word.length) return '';
  for (const [syllable, length] of syllablesAt(word, at)) {
    const next = at + length;
    if (word.charAt(next - 1) === 'н' && VOWELS.has(word.charAt(next))) continue;
    const rest = parseSyllables(word, next);
    if (rest !== null) return syllable + rest;
  }
  return null;
}

/** Every syllable that can start at `at`, longest first, with its length in letters. */
function syllablesAt(word: string, at: number): [string, number][] {
  const found: [string, number][] = [];
  const rest = word.slice(at);
  for (const [from, to] of ZERO_INITIAL) if (rest.startsWith(from)) found.push([to, from.length]);
  for (const [initialFrom, initialTo] of INITIALS) {
    if (!rest.startsWith(initialFrom)) continue;
    for (const [finalFrom, finalTo, palatal] of FINALS) {
      if (!rest.startsWith(finalFrom, initialFrom.length)) continue;
      const initial = palatal ? (PALATALISED[initialTo] ?? initialTo) : initialTo;
      // Palladius "о" is pinyin "uo" except after b, p, m, f; "ы" only follows z, c, s, zh, ch, sh, r.
      const final = finalFrom === 'о' && !LABIALS.has(initialTo) ? 'uo' : finalTo;
      if (finalFrom === 'ы' && !['z', 'c', 's', 'zh', 'ch', 'sh', 'r'].includes(initialTo)) continue;
      found.push([initial + final, initialFrom.length + finalFrom.length]);
    }
  }
  return found.sort((a, b) => b[1] - a[1]);
}

const SPECIAL_LATIN: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', ŀ: 'l', ħ: 'h', þ: 'th' };

/** A Latin spelling folded for matching; '' when it holds no Latin letter. */
export function latinKey(name: string): string {
  let key = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđıßæœŀħþ]/gu, (char) => SPECIAL_LATIN[char] ?? char)
    .replace(/[^a-z]/g, '');
  key = key
    .replace(/shch/g, 'sh')
    .replace(/dzh|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/t[sz]/g, 'c')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i');
  return key.replace(/(.)\1+/g, '$1');
}

/** Latin keys of a Russian name's BGN/PCGN and ISO 9 romanisations. */
export function romanizedKeys(name: string): string[] {
  return keysOf(romanize(name));
}

/** The Latin key of a Chinese name's Palladius spelling read as pinyin, if it parses. */
export function pinyinKeys(name: string): string[] {
  const pinyin = palladiusToPinyin(name);
  return pinyin === null ? [] : keysOf([pinyin]);
}

/** Countries whose names Russian spells in Palladius. */
export const CHINESE_COUNTRIES: ReadonlySet<string> = new Set(['CN', 'HK', 'MO', 'TW']);

function keysOf(spellings: string[]): string[] {
  return [...new Set(spellings.map(latinKey).filter((key) => key.length >= 3))];
}
