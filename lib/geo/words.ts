/**
 * Whole-word matching for Russian text. JavaScript's \b only knows ASCII word characters, so word
 * edges are lookarounds on Cyrillic and Latin letters, digits and the hyphen (a hyphen joins
 * "Санкт-Петербург" into one word, so "Китай-город" is not "Китай").
 */
const WORD_CHAR = 'А-Яа-яЁёA-Za-z0-9';
const NOT_WORD_BEFORE = `(?<![${WORD_CHAR}-])`;
const NOT_WORD_AFTER = `(?![${WORD_CHAR}-])`;

/** Lower case, "ё" as "е", runs of spaces (NBSP included) as one space. */
export function normalizeWord(text: string): string {
  return foldYo(text).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** "ё" → "е" without changing string length, so match indices stay valid in the original. */
export function foldYo(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternatives longest first, so that "Республика Конго" never wins over "Демократическая Республика Конго". */
export function alternation(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return sorted.map((word) => escapeRegExp(word).replace(/ /g, '\\s+')).join('|');
}

/** Any of the words as a whole word. */
export function wholeWords(words: Iterable<string>): string {
  return `${NOT_WORD_BEFORE}(?:${alternation(words)})${NOT_WORD_AFTER}`;
}

/**
 * Words that begin with one of the prefixes (adjective stems: "белорусск" → "белорусских").
 * A prefix may follow a hyphen ("Российско-Германской"); the word ends at the next hyphen.
 */
export function wordsStartingWith(prefixes: Iterable<string>): string {
  return `(?<![${WORD_CHAR}])(?:${alternation(prefixes)})[А-Яа-яЁё]*`;
}
