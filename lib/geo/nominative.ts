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
