/**
 * Text normalisation applied to every cell before any field parser reads it (dates, places,
 * countries, counts, classification). The report's own text is kept as written in `sourceText`;
 * only the copies the parsers match against are normalised.
 *
 * Rules:
 * - invisible characters are removed: soft hyphen (U+00AD), zero-width space / joiners (U+200B–U+200D),
 *   word joiner (U+2060), byte-order mark (U+FEFF). "Бела\u00ADрусь" reads "Беларусь";
 * - every space variant (no-break U+00A0, the U+2000–U+200A spaces, thin / narrow no-break U+202F,
 *   U+205F, ideographic U+3000) becomes an ordinary space; line breaks stay (a cell's lines are
 *   layout some parsers use); CR LF and CR become LF;
 * - Latin letters that look like Cyrillic ones (a e o p c x y A B E K M H O P C T X) are replaced
 *   by the Cyrillic letter inside any word that also holds a Cyrillic letter ("Pеспублика" with a
 *   Latin P, "Mинск"). A word wholly in Latin ("Expo", "CantonFair", "PROFSKILLS") is left alone;
 * - `normaliseForMatching` also turns every dash (U+2010–U+2015, minus U+2212, small and
 *   full-width hyphen-minus) into "-".
 * Both functions keep case; each parser lowercases what it needs.
 */

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const CYRILLIC = /[\u0400-\u04ff]/;
/** A run of letters, Latin or Cyrillic: the unit inside which look-alikes are mapped. */
const WORD = /[A-Za-z\u0400-\u04ff]+/g;
const LATIN_LOOKALIKES = /[aeopcxyABEKMHOPCTX]/g;

const CYRILLIC_OF: Record<string, string> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у',
  A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х',
};

/** Invisible characters, space variants and Latin look-alikes; dashes as written. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(WORD, (word) => (CYRILLIC.test(word) ? word.replace(LATIN_LOOKALIKES, (letter) => CYRILLIC_OF[letter] ?? letter) : word));
}

/** cleanText, and every dash as "-": the form the field parsers match against. */
export function normaliseForMatching(text: string): string {
  return cleanText(text).replace(DASHES, '-');
}
