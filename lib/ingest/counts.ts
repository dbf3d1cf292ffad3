/**
 * Extracts the head counts a row states in words: SMEs, all participants, foreign participants
 * and spectators. Each is null when the row does not state it; nothing is summed or guessed.
 *
 * Rules (on lowercased text, every dash a hyphen, thousands separated by any kind of space):
 * - smeCount: "N субъект(а/ов) малого и среднего предпринимательства" or "N субъект(ов) МСП";
 * - participantsTotal: an explicit total — "общее количество участников - N", "N участник(а/ов)",
 *   "N человек, из которых …", "более / не менее N человек" (the bound is taken), "количество
 *   сотрудников - N" under a one-line group; or the head count closing a cell that lists a single
 *   group ("Представители … (6 человек)"). Otherwise a count in parentheses ("(2 участника)",
 *   "(8 человек)" after a list of groups) describes a part of the participants, not the total;
 * - foreignParticipants: people qualified as foreign — "N иностранных граждан", "N человек -
 *   иностранные …", "N представителей/граждан [из] <foreign country>", "делегация [из] <foreign
 *   country> составила N", "<foreign country> (N человек)"; "N участников из <country>, …" is a
 *   mixed total, not a foreign count;
 * - audience: spectators or visitors — "зрителей - N", "N зрителей", "посетили N человек",
 *   "N тысяч посетителей".
 */
import { findCountriesInText } from '@/lib/geo/countries';
import type { Counts } from './types';

const NUMBER = '(\\d{1,3}(?: \\d{3})+|\\d+)';
const PERSON = '(?:человек|участник|представител|обучающ|зрител|граждан)[а-я]*';

const SME = [new RegExp(`${NUMBER}(?:-?х)? субъект[а-я]* (?:малого и среднего предпринимательства|мсп)`)];

const TOTAL = [
  new RegExp(`общее количество участников\\s*[-:]?\\s*(?:составило\\s*)?${NUMBER}`),
  new RegExp(`^[^\\n]*\\n?количество (?:участников|сотрудников)\\s*[-:]?\\s*${NUMBER}`),
  new RegExp(`(?<![(\\d]|\\d )${NUMBER} участник[а-я]*`),
  new RegExp(`(?<![(\\d]|\\d )${NUMBER} человек,? из которых`),
  new RegExp(`(?:более|свыше|не менее|около) ${NUMBER} человек`),
];

const FOREIGN_WORDS = [
  new RegExp(`${NUMBER} иностранн[а-я]* граждан`),
  new RegExp(`${NUMBER} (?:человек )?- (?:представител[а-я]* (?:молодежи )?)?иностранн`),
];

const FOREIGN_BY_COUNTRY: { regex: RegExp; number: number; place: number }[] = [
  { regex: new RegExp(`${NUMBER} (?:представител|граждан|делегат)[а-я]* (?:из )?([^,.;()]+)`, 'g'), number: 1, place: 2 },
  { regex: new RegExp(`делегаци[а-я]* (?:из )?([^,.;()]+?) составил[а-я]* ${NUMBER}`, 'g'), number: 2, place: 1 },
  // The place runs from a separator (or the start): a match can start nowhere else, and saying so
  // spares the engine retrying every position of a long run.
  { regex: new RegExp(`(?<![^,.;()])([^,.;()]+) \\(${NUMBER} ${PERSON}\\)`, 'g'), number: 2, place: 1 },
];

const AUDIENCE = [
  new RegExp(`${NUMBER} (тысяч[а-я]*) посетител`),
  new RegExp(`зрител[а-я]*\\s*-\\s*${NUMBER}`),
  new RegExp(`${NUMBER} зрител`),
  new RegExp(`посетил[а-я]* ${NUMBER} человек`),
];

/** Counts stated in the row; `participants` is the participants cell, `text` the whole row. */
export function parseCounts(participants: string, text: string): Counts {
  const cell = normaliseCountText(participants);
  const row = normaliseCountText(text);
  return {
    smeCount: firstNumber(SME, row),
    participantsTotal: firstNumber(TOTAL, cell) ?? soleGroupCount(cell),
    foreignParticipants: firstNumber(FOREIGN_WORDS, row) ?? foreignByCountry(row),
    audience: firstNumber(AUDIENCE, row),
  };
}

function normaliseCountText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u2009\u202f]+/g, ' ');
}

function firstNumber(patterns: RegExp[], text: string): number | null {
  for (const pattern of patterns) {
    const match = text.match(pattern);
    if (match?.[1]) return toNumber(match[1]) * (match[2]?.startsWith('тысяч') ? 1000 : 1);
  }
  return null;
}

const SOLE_GROUP_COUNT = new RegExp(`\\((?:в составе )?${NUMBER}(?:-?х)? человек[а-я]*\\)\\.?$`);

/**
 * "Представители … (6 человек)": a participants cell that lists one group (no comma, semicolon or
 * line break outside brackets and quotes) and ends with its head count states the total.
 */
function soleGroupCount(cell: string): number | null {
  const text = cell.trim();
  const match = text.match(SOLE_GROUP_COUNT);
  if (!match?.[1]) return null;
  const outside = text.slice(0, match.index).replace(/\([^()]*\)/g, ' ').replace(/«[^«»]*»/g, ' ').replace(/«[^«»]*$/, ' ');
  return /[,;\n]/.test(outside) ? null : toNumber(match[1]);
}

/** A count of people tied to a foreign country named right next to it. */
function foreignByCountry(text: string): number | null {
  for (const { regex, number, place } of FOREIGN_BY_COUNTRY) {
    for (const match of text.matchAll(regex)) {
      if (namesForeignCountry(match[place] ?? '')) return toNumber(match[number] ?? '');
    }
  }
  return null;
}

function namesForeignCountry(phrase: string): boolean {
  return findCountriesInText(phrase).some((code) => code !== 'RU');
}

function toNumber(digits: string): number {
  return Number(digits.replace(/ /g, ''));
}
