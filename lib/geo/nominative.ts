/**
 * Nominative candidates for a Russian settlement name written in any case, for looking it up in
 * a list of nominative names: "Новолукомле" → новолукомль, "Нижнем Новгороде" → нижний новгород,
 * "Новых Бурасах" → новые бурасы, "Лиде" → лида, "Жодино" → жодино.
 *
 * The rules undo the regular endings of Russian nouns and adjectives (masculine, feminine, neuter,
 * plural). They over-generate on purpose ("Лиде" also gives лид, лидо, лидь): a candidate only
 * counts when the list has it, and the caller keeps the written form as its first try. Only the
 * last part of a hyphenated word declines ("Буда-Кошелеве" → буда-кошелево).
 */
import caseEndings from '@/data/gazetteer/case-endings.ru.json';


/** Oblique ending → the nominative endings it may come from; longest endings first. */
const ENDINGS = caseEndings.endings.map(([ending, nominatives]) => [String(ending), nominatives as string[]] as const);

const MAX_CANDIDATES = 64;

/**
 * Endings that foldCaseEndings strips: the table's oblique endings and the nominative endings they
 * come from, longest first. Left out: the genitive plurals "ок"/"ек" (Горок ← Горки), whose stem
 * loses or gains a vowel, so stripping them never gives the other forms' stem, and "ов"/"ев",
 * which end many masculine nominatives (Саратов, Киев) whose other forms keep them.
 */
const STRIPPED_ENDINGS = [
  ...new Set(ENDINGS.filter(([ending]) => !['ок', 'ек', 'ов', 'ев'].includes(ending)).flatMap(([ending, nominatives]) => [ending, ...nominatives])),
]
  .filter((ending) => ending !== '')
  .sort((a, b) => b.length - a.length);
const CYRILLIC_WORD = /[а-яё]+/gu;

/** Lower-case nominative candidates, the written form (lower-cased) first, each once. */
export function nominativeCandidates(written: string): string[] {
  const words = written.toLowerCase().replace(/\s+/gu, ' ').trim().split(' ');
  let combos = [''];
  for (const [index, word] of words.entries()) {
    const forms = wordCandidates(word);
    const next: string[] = [];
    for (const combo of combos) {
      for (const form of forms) {
        if (next.length < MAX_CANDIDATES) next.push(index === 0 ? form : `${combo} ${form}`);
      }
    }
    combos = next;
  }
  return [...new Set(combos)];
}

function wordCandidates(word: string): string[] {
  const hyphen = word.lastIndexOf('-');
  const head = word.slice(0, hyphen + 1);
  const tail = word.slice(hyphen + 1);
  const forms = [tail];
  for (const [ending, nominatives] of ENDINGS) {
    if (!tail.endsWith(ending) || tail.length - ending.length < 2) continue;
    const stem = tail.slice(0, -ending.length);
    for (const nominative of nominatives) forms.push(stem + nominative);
  }
  return [...new Set(forms)].map((form) => head + form);
}

/**
 * Every case form of a name to one key: each Cyrillic word (each part of a hyphenated one) loses its
 * longest case ending, oblique or nominative, keeping at least two letters. "Минск", "Минске",
 * "Минска" → минск; "Нижний Новгород", "Нижнем Новгороде" → нижн новгород; an indeclinable
 * "Гродно" → гродн in every case. Lower-cases; other characters stay as they are. Two names whose
 * stems meet (Иваново, Иванов) get one key; a fleeting vowel (Городок, Городка) gives two.
 */
export function foldCaseEndings(text: string): string {
  return text.toLowerCase().replace(CYRILLIC_WORD, (word) => {
    const ending = STRIPPED_ENDINGS.find((candidate) => word.endsWith(candidate) && word.length - candidate.length >= 2);
    return ending ? word.slice(0, -ending.length) : word;
  });
}

/** The candidate written with the capitals of the original: ("новолукомль", "Новолукомле") → "Новолукомль". */
export function withCapitalsOf(candidate: string, written: string): string {
  const writtenWords = written.replace(/\s+/gu, ' ').trim().split(/([ -])/u);
  return candidate
    .split(/([ -])/u)
    .map((part, index) => {
      const original = writtenWords[index] ?? '';
      const capital = original !== '' && original.charAt(0) !== original.charAt(0).toLowerCase();
      return capital ? part.charAt(0).toUpperCase() + part.slice(1) : part;
    })
    .join('');
}
