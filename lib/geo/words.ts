/**
 * Whole-word matching of names in Russian text, linear in the text: the text is folded (ё → е)
 * and lowercased once, and each word start is looked up in a Map keyed by a name's first word.
 *
 * A word is a run of Cyrillic or Latin letters and digits. A name matches as a whole word: the
 * characters around it are neither word characters nor a hyphen (a hyphen joins "Санкт-Петербург"
 * into one word, so "Китай-город" is not "Китай"). Words inside a name are separated by any run
 * of whitespace, so "Республики\nБеларусь" is "Республики Беларусь".
 */
const HYPHEN = 0x2d;
const WHITESPACE = /\s/u;

/** A text ready for lookups; both strings have the length and indices of the original. */
export interface FoldedText {
  folded: string;
  lower: string;
}

/** Names keyed by their first word, longest name first, ready for matchNameAt. */
export type NameIndex = Map<string, { name: string; parts: string[] }[]>;

/** Lower case, "ё" as "е", runs of spaces (NBSP included) as one space. */
export function normalizeWord(text: string): string {
  return foldYo(text).toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** "ё" → "е" without changing string length, so match indices stay valid in the original. */
export function foldYo(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}

export function foldText(text: string): FoldedText {
  const folded = foldYo(text);
  const lower = folded.toLowerCase();
  // A few letters ("İ") lowercase to two code units; keep those as written so indices hold.
  if (lower.length === folded.length) return { folded, lower };
  return { folded, lower: [...folded].map((char) => (char.toLowerCase().length === char.length ? char.toLowerCase() : char)).join('') };
}

/** Cyrillic (А–я, Ё, ё) or Latin letters and digits. */
function isWordChar(code: number): boolean {
  return (
    (code >= 0x410 && code <= 0x44f) ||
    code === 0x401 ||
    code === 0x451 ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39)
  );
}

export function isCyrillicLetter(code: number): boolean {
  return (code >= 0x410 && code <= 0x44f) || code === 0x401 || code === 0x451;
}

/** The end of the run of word characters starting at `start`. */
export function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return end;
}

/** A word starts here: a word character with none before it. */
function isWordStart(text: string, index: number): boolean {
  return isWordChar(text.charCodeAt(index)) && (index === 0 || !isWordChar(text.charCodeAt(index - 1)));
}

export function followsHyphen(text: string, index: number): boolean {
  return index > 0 && text.charCodeAt(index - 1) === HYPHEN;
}

/**
 * Visits each word start left to right. `visit` returns where scanning resumes (the end of what
 * it matched there), or -1 to resume after the word.
 */
export function scanWordStarts(text: string, visit: (start: number) => number): void {
  let index = 0;
  while (index < text.length) {
    if (!isWordStart(text, index)) index++;
    else {
      const resume = visit(index);
      index = resume >= 0 ? resume : wordEnd(text, index);
    }
  }
}

/**
 * Indexes names by their first word, lowercased. Names sharing a first word are kept longest
 * first, so "Демократическая Республика Конго" is tried before "Демократическая Республика".
 */
export function buildNameIndex(names: Iterable<string>): NameIndex {
  const index: NameIndex = new Map();
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  for (const name of sorted) {
    const parts = name.toLowerCase().split(' ');
    const first = parts[0] ?? '';
    const key = first.slice(0, wordEnd(first, 0));
    if (key === '') throw new Error(`gazetteer: the name "${name}" does not start with a letter`);
    const entries = index.get(key) ?? [];
    entries.push({ name, parts });
    index.set(key, entries);
  }
  return index;
}

/** The end of the longest indexed name that starts at a word start, as a whole word; -1 if none. */
export function matchNameAt(index: NameIndex, text: FoldedText, start: number): number {
  const candidates = index.get(text.lower.slice(start, wordEnd(text.lower, start)));
  if (!candidates) return -1;
  for (const { parts } of candidates) {
    const end = matchParts(parts, text.lower, start);
    if (end >= 0 && !isWordChar(text.lower.charCodeAt(end)) && text.lower.charCodeAt(end) !== HYPHEN) return end;
  }
  return -1;
}

function matchParts(parts: string[], lower: string, start: number): number {
  let position = start;
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) {
      const gapStart = position;
      while (position < lower.length && WHITESPACE.test(lower.charAt(position))) position++;
      if (position === gapStart) return -1;
    }
    const part = parts[i] ?? '';
    if (!lower.startsWith(part, position)) return -1;
    position += part.length;
  }
  return position;
}
