/**
 * Numbers as reports write them, for counts.ts: thousands separated by any space or a dot, "тыс.",
 * a number repeated in words in brackets, approximate quantifiers; and the text helpers the count
 * patterns share (case kept, ё as е, initials' dots dropped so they end no clause).
 */
import { normaliseForMatching } from './normalise';

const THOUSANDS = '(?:тыс\\.?|тысяч[а-я]*)';

/** One number as written, captured: "2 000", "1.200", "8 тысяч", "1,5 тыс." */
export const NUMBER = `(?<![\\d.,])((?:\\d+[.,]\\d+ ${THOUSANDS})|(?:\\d{1,3}(?:[ .]\\d{3})+|\\d+)(?: ${THOUSANDS}(?![а-я]))?)(?!\\d|[.,]\\d)`;

export const APPROX = '(?:(?:около|более чем|более|свыше|порядка|не менее|не более|до|почти|примерно|приблизительно|ориентировочно)\\s+)';

export const PEOPLE = '(?:человек[а-я]*|чел\\.?)';

const NUMERAL_WORD =
  '(?:ноль|нул|од(?:ин|на|но|ного|ной|ному)|дв(?:а|е|ух|ум)|тр(?:и|ех|ем)|четыр|пят|шест|сем|восем|девят|десят|одиннадцат|' +
  'двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат|сорок|' +
  'девяност|сто|ста|двест|трист|четырест|пятьсот|шестьсот|семьсот|восемьсот|девятьсот|тысяч|миллион)[а-я]*';

const WORDS_IN_BRACKETS = new RegExp(`(\\d)\\s*\\(\\s*${NUMERAL_WORD}(?:[\\s-]+${NUMERAL_WORD})*\\s*\\)`, 'gi');

export const re = (source: string, flags = 'i') => new RegExp(source, flags);

/** Normalised text for counting: case kept, ё as е, one space between words, numbers cleaned up. */
function normaliseCountText(text: string): string {
  return normaliseForMatching(text)
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е')
    .replace(/\s+/g, ' ')
    .replace(WORDS_IN_BRACKETS, '$1')
    .replace(/(\d)-(?:х|ти|ми|и|го|м|ух|ех)(?![а-я])/gi, '$1');
}

export function prepare(text: string): string {
  // Initials ("А.А. Гусевым") end no sentence: their dots would cut a clause in two.
  return normaliseCountText(text).replace(/(?<![А-Яа-яA-Za-z])([А-ЯA-Z])\.\s?(?=[А-ЯA-Z]|\s?[А-Я][а-я])/g, '$1 ');
}

export function firstNumber(patterns: RegExp[], text: string): number | null {
  for (const pattern of patterns) {
    const match = text.match(pattern);
    const number = match?.slice(1).find((group) => group !== undefined && /\d/.test(group));
    if (number) return toNumber(number);
  }
  return null;
}

/** The text with every match of the patterns replaced by spaces. */
export function blank(text: string, patterns: RegExp[]): string {
  return patterns.reduce((result, pattern) => result.replace(globalOf(pattern), (match) => ' '.repeat(match.length)), text);
}

export function blankSpans(text: string, spans: { start: number; end: number }[]): string {
  return spans.reduce((result, { start, end }) => result.slice(0, start) + ' '.repeat(end - start) + result.slice(end), text);
}

function globalOf(pattern: RegExp): RegExp {
  return pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
}

export function toNumber(written: string): number {
  const thousands = /тыс/i.test(written);
  const digits = written.replace(/\s*(?:тыс\.?|тысяч[а-я]*)$/i, '');
  if (thousands) return Math.round(Number(digits.replace(/ /g, '').replace(',', '.')) * 1000);
  return Number(digits.replace(/[ .]/g, ''));
}
