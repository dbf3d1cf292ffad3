/**
 * The shape of a classification rule and the text helpers the rules share: lowercase matching
 * text, quoted names set apart, the earliest rule in a text.
 */

export interface Rule<T> {
  id: string;
  value: T;
  pattern: RegExp;
}

/** Text outside quoted names, and the quoted names (innermost quotes first, so nesting is handled). */
export function splitQuotes(text: string): { outside: string; quoted: string } {
  const quoted: string[] = [];
  let outside = text;
  let previous = '';
  while (previous !== outside) {
    previous = outside;
    outside = outside.replace(/«([^«»]*)»|"([^"]*)"|„([^„“]*)“/g, (_, a, b, c) => {
      quoted.push(a ?? b ?? c ?? '');
      return ' ';
    });
  }
  return { outside, quoted: quoted.join(' ') };
}

export function lower(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

export function earliest<T>(rules: Rule<T>[], text: string): Rule<T> | null {
  let best: { rule: Rule<T>; index: number } | null = null;
  for (const rule of rules) {
    const index = text.search(rule.pattern);
    if (index >= 0 && (best === null || index < best.index)) best = { rule, index };
  }
  return best?.rule ?? null;
}
