/**
 * Extracts the head counts a row states in words: SMEs, all participants, foreign participants,
 * the region's own delegation and spectators. Each is null when the row does not state it;
 * nothing is summed or guessed.
 *
 * Numbers (after lib/ingest/normalise.ts, case kept, ё as е):
 * - thousands separated by a space of any kind or a dot ("2 000", "1.200"), "N тыс." / "N тысяч"
 *   and "1,5 тыс." multiply by 1000; "2-х" reads 2;
 * - a number repeated in words in brackets is read once ("15 (пятнадцать) человек");
 * - approximate quantifiers are read as the number they qualify: около, более (чем), свыше, порядка,
 *   не менее, не более, до, почти, примерно, приблизительно, ориентировочно ("более 300 человек"
 *   → 300; "до 50 человек" → 50, the stated bound; "от 30 до 50 человек", a span, is not read);
 * - "N стран" / "из N государств" count countries, never people, and are set aside first.
 *
 * Fields:
 * - smeCount: "N субъект(а/ов) малого и среднего предпринимательства" or "N субъект(ов) МСП";
 * - audience: spectators or visitors, from the whole row — "зрителей – N", "N зрителей",
 *   "N посетителей", "посетили / собрали N человек"; these numbers are then set aside, so
 *   spectators never become participants;
 * - delegationSize: the region's own group — "Делегацию Смоленской области представили 8 человек",
 *   "в составе делегации Смоленской области 5 человек", "Делегация Смоленской области … (в составе
 *   2-х человек)", "от Смоленской области – 3 человека"; and, at an event away from the region
 *   (`awayFromHome`), the head count closing a participants cell that lists only the region's own
 *   organisations ("Представители ОГБПОУ «Смоленская …» (2 человека)"). It is never the total;
 * - foreignParticipants: people qualified as foreign — "N иностранных граждан / участников /
 *   обучающихся …", "в т.ч. N иностранцев", "N человек из-за рубежа", "N человек - (представители …)
 *   иностранных …", "N представителей/граждан [из] <foreign country>", "<foreign country> (N человек)",
 *   a foreign group's stated size ("делегация [из] <foreign country> составила / в составе N человек",
 *   "белорусская делегация (12 человек)"), and a participants cell that lists one foreign group
 *   only with its count ("Театр (Республика Узбекистан). Количество сотрудников – 30 человек");
 *   "N участников из <country>, <country>" is a mixed total, not a foreign count;
 * - participantsTotal, from the participants cell: "общее количество / число участников - N",
 *   "количество участников / сотрудников - N", "участников - N", "приняли участие / участвовало N человек",
 *   "N участник(а/ов)", "N человек, из которых …", a quantified "более N человек"; or the head count
 *   closing a cell that lists one group ("Представители … (6 человек)"). A count in parentheses
 *   after a list of groups ("(2 участника)") describes a part, not the total.
 */
import { findCountriesInText } from '@/lib/geo/countries';
import { findPlacesInText } from '@/lib/geo/gazetteer';
import { HOME_STEM } from './home-region';
import { normaliseForMatching } from './normalise';
import type { Counts } from './types';

export interface CountContext {
  /** The event takes place outside the home region: a group of the region's own organisations is its delegation. */
  awayFromHome: boolean;
}

const THOUSANDS = '(?:тыс\\.?|тысяч[а-я]*)';
/** One number as written, captured: "2 000", "1.200", "8 тысяч", "1,5 тыс." */
const NUMBER = `(?<![\\d.,])((?:\\d+[.,]\\d+ ${THOUSANDS})|(?:\\d{1,3}(?:[ .]\\d{3})+|\\d+)(?: ${THOUSANDS}(?![а-я]))?)(?!\\d|[.,]\\d)`;
const APPROX = '(?:(?:около|более чем|более|свыше|порядка|не менее|не более|до|почти|примерно|приблизительно|ориентировочно)\\s+)';
const PEOPLE = '(?:человек[а-я]*|чел\\.?)';
const PERSON = `(?:${PEOPLE}|участник|представител|обучающ|зрител|граждан|делегат|студент|школьник|специалист)[а-я]*`;
const FOREIGN_ADJ = '(?:иностранн|зарубежн)[а-я]*';
const FOREIGN_NOUN =
  '(?:граждан|участник|делегат|студент|обучающ|гост|представител|специалист|эксперт|партнер|журналист|спортсмен|школьник|' +
  'преподавател|педагог|волонтер|артист|исполнител|коллег|ученых|слушател|человек|туристов)[а-я]*';
const NUMERAL_WORD =
  '(?:ноль|нул|од(?:ин|на|но|ного|ной|ному)|дв(?:а|е|ух|ум)|тр(?:и|ех|ем)|четыр|пят|шест|сем|восем|девят|десят|одиннадцат|' +
  'двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат|сорок|' +
  'девяност|сто|ста|двест|трист|четырест|пятьсот|шестьсот|семьсот|восемьсот|девятьсот|тысяч|миллион)[а-я]*';
const WORDS_IN_BRACKETS = new RegExp(`(\\d)\\s*\\(\\s*${NUMERAL_WORD}(?:[\\s-]+${NUMERAL_WORD})*\\s*\\)`, 'gi');

const re = (source: string, flags = 'i') => new RegExp(source, flags);

const SME = [re(`${NUMBER} субъект[а-я]* (?:малого и среднего предпринимательства|мсп)`)];

const COUNTRY_COUNT = re(`${NUMBER} (?:стран|государств)[а-я]*`, 'gi');

const AUDIENCE = [
  re(`${APPROX}?${NUMBER} (?:зрител|посетител|болельщик)`),
  re(`(?:зрител|посетител|болельщик)[а-я]*\\s*[-:]?\\s*(?:составил[а-я]*\\s*)?${APPROX}?${NUMBER}(?: ${PEOPLE})?`),
  re(`(?:посетил[а-я]*|посмотрел[а-я]*|собрал[а-я]*)\\s+(?:[а-я]+\\s+)?${APPROX}?${NUMBER} ${PEOPLE}`),
];

/** "Количество сотрудников – 30 человек": the count of the group the cell lists. */
const COUNT_OF_GROUP = re(`(?:количество|число) (?:участников|сотрудников|человек)\\s*[-:]?\\s*(?:составил[а-я]*\\s*)?${APPROX}?${NUMBER}`);

const TOTAL = [
  re(`общее (?:количество|число) (?:участников|человек)[^\\d]{0,25}?${APPROX}?${NUMBER}`),
  COUNT_OF_GROUP,
  re(`(?<![а-я])(?:всего )?участник(?:ов|и)\\s*[-:]\\s*${APPROX}?${NUMBER}`),
  re(`(?:приняли|приняло|принял[аио]?|принимали|принимало) участие\\s+${APPROX}?${NUMBER} (?:${PEOPLE}|участник|представител|специалист|обучающ|студент|школьник|делегат|эксперт|гост)`),
  re(`участвовал[аио]?\\s+${APPROX}?${NUMBER} (?:${PEOPLE}|участник)`),
  re(`(?<![(\\d]|\\d |от \\d+ |от \\d+ до )${APPROX}?${NUMBER} участник[а-я]*`),
  re(`(?<![(\\d]|\\d )${NUMBER} ${PEOPLE},? из (?:которых|них)`),
  re(`(?<!от \\d+ )(?:около|более чем|более|свыше|порядка|не менее|не более|до|почти|примерно|приблизительно|ориентировочно) ${NUMBER} ${PEOPLE}`),
];

const FOREIGN_WORDS = [
  re(`${APPROX}?${NUMBER} ${FOREIGN_ADJ} ${FOREIGN_NOUN}`),
  re(`${APPROX}?${NUMBER} иностранц[а-я]*`),
  re(`${APPROX}?${NUMBER} (?:${PEOPLE} |участник[а-я]* )?из-за рубежа`),
  re(`${NUMBER} (?:${PEOPLE} )?- (?:представител[а-я]* (?:[а-я]+ )?)?${FOREIGN_ADJ}`),
];

const FOREIGN_BY_COUNTRY: { regex: RegExp; number: number; place: number }[] = [
  { regex: re(`${NUMBER} (?:представител|граждан|делегат)[а-я]* (?:из )?([^,.;()]+)`, 'gi'), number: 1, place: 2 },
  // The place runs from a separator (or the start): a match can start nowhere else, and saying so
  // spares the engine retrying every position of a long run.
  { regex: re(`(?<![^,.;()])([^,.;()]+) \\(${NUMBER} ${PERSON}\\)`, 'gi'), number: 2, place: 1 },
];

/**
 * A group and its stated size in one clause: "делегация из Республики Беларусь составила 94 человека",
 * "Делегацию Смоленской области представили 8 человек", "делегация … (в составе 2 человек)". The
 * group's owner is the word before the group word and the words up to the number.
 */
const GROUP_SIZE = re(
  `(?:([а-я]+)\\s+)?(?:делегаци[а-я]*|(?:групп|трупп|команд)(?:а|ы|е|у|ой|ам|ами|ах)?|коллектив(?:а|у|ом|е|ы|ов|ам|ами|ах)?)(?![а-я])((?:\\s+[^.;\\n\\d]{0,140}?)?)[\\s(:-]*` +
    `(?:(?:в составе|в количестве|численностью|составил[а-я]*|представил[а-я]*|насчитывал[а-я]*)\\s*)?${APPROX}?${NUMBER} ` +
    `(?:${PEOPLE}|представител|участник|специалист|спортсмен|артист)`,
  'gi',
);
const HOME_SIDE = re(
  `(?:(?:от|со стороны) ${HOME_STEM}[а-я]* област[а-я]*\\s*[-:]?\\s*${APPROX}?${NUMBER} (?:${PEOPLE}|представител|участник))|` +
    `(?:${NUMBER} (?:${PEOPLE}|представител[а-я]*) (?:представлял[аи]?|представили|вошли в состав делегации) ${HOME_STEM})`,
  'gi',
);

const SOLE_GROUP_COUNT = re(`(?:\\((?:в составе |в количестве )?|(?:в составе|в количестве|численностью|[-:]) ?)${NUMBER} ${PEOPLE}\\)?\\.?$`);
const STAFF_COUNT = re(`(?:количество|число) (?:участников|сотрудников|человек)\\s*[-:]`);

/** Counts stated in the row; `participants` is the participants cell, `text` the whole row. */
export function parseCounts(participants: string, text: string, context: CountContext = { awayFromHome: false }): Counts {
  const cell = prepare(participants);
  const row = prepare(text);
  const audience = firstNumber(AUDIENCE, row);
  const rowLeft = blank(blank(row, AUDIENCE), [COUNTRY_COUNT]);
  const cellLeft = blank(blank(cell, AUDIENCE), [COUNTRY_COUNT]);
  const groups = groupSizes(rowLeft);
  const home = groups.find((group) => group.owner === 'home');
  const foreignGroup = groups.find((group) => group.owner === 'foreign');
  const cellForTotal = blankSpans(cellLeft, groupSizes(cellLeft).filter((group) => group.owner === 'home'));
  const sole = soleGroup(cellLeft);
  let participantsTotal = firstNumber(TOTAL, cellForTotal);
  let delegationSize = home?.count ?? null;
  let foreignFromGroup = foreignGroup?.count ?? null;
  if (sole && participantsTotal === null && !home) {
    if (sole.owner === 'home' && context.awayFromHome) delegationSize = sole.count;
    else participantsTotal = sole.count;
  }
  if (sole && sole.owner === 'foreign' && sole.count === participantsTotal) foreignFromGroup ??= sole.count;
  return {
    smeCount: firstNumber(SME, row),
    participantsTotal,
    foreignParticipants: firstNumber(FOREIGN_WORDS, rowLeft) ?? foreignByCountry(rowLeft) ?? foreignFromGroup,
    audience,
    delegationSize,
  };
}

/** Normalised text for counting: case kept, ё as е, one space between words, numbers cleaned up. */
export function normaliseCountText(text: string): string {
  return normaliseForMatching(text)
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е')
    .replace(/\s+/g, ' ')
    .replace(WORDS_IN_BRACKETS, '$1')
    .replace(/(\d)-(?:х|ти|ми|и|го|м|ух|ех)(?![а-я])/gi, '$1');
}

function prepare(text: string): string {
  // Initials ("А.А. Гусевым") end no sentence: their dots would cut a clause in two.
  return normaliseCountText(text).replace(/(?<![А-Яа-яA-Za-z])([А-ЯA-Z])\.\s?(?=[А-ЯA-Z]|\s?[А-Я][а-я])/g, '$1 ');
}

function firstNumber(patterns: RegExp[], text: string): number | null {
  for (const pattern of patterns) {
    const match = text.match(pattern);
    const number = match?.slice(1).find((group) => group !== undefined && /\d/.test(group));
    if (number) return toNumber(number);
  }
  return null;
}

/** The text with every match of the patterns replaced by spaces. */
function blank(text: string, patterns: RegExp[]): string {
  return patterns.reduce((result, pattern) => result.replace(globalOf(pattern), (match) => ' '.repeat(match.length)), text);
}

function blankSpans(text: string, spans: { start: number; end: number }[]): string {
  return spans.reduce((result, { start, end }) => result.slice(0, start) + ' '.repeat(end - start) + result.slice(end), text);
}

function globalOf(pattern: RegExp): RegExp {
  return pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
}

type Owner = 'home' | 'foreign' | 'mixed' | 'none';

interface GroupSize {
  owner: Owner;
  count: number;
  start: number;
  end: number;
}

function groupSizes(text: string): GroupSize[] {
  const found: GroupSize[] = [];
  for (const match of text.matchAll(GROUP_SIZE)) {
    const count = match[3];
    if (!count) continue;
    const start = match.index ?? 0;
    found.push({ owner: ownerOf(`${match[1] ?? ''} ${match[2] ?? ''}`), count: toNumber(count), start, end: start + match[0].length });
  }
  for (const match of text.matchAll(HOME_SIDE)) {
    const count = match[1] ?? match[2];
    const start = match.index ?? 0;
    if (count) found.push({ owner: 'home', count: toNumber(count), start, end: start + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whose group a phrase describes: the home region's, a foreign country's, both, or neither. */
function ownerOf(phrase: string): Owner {
  const codes = findCountriesInText(phrase);
  const foreignPlaces = findPlacesInText(phrase).filter((place) => place.country !== 'RU');
  const russianPlaces = findPlacesInText(phrase).filter((place) => place.country === 'RU');
  const foreign = codes.some((code) => code !== 'RU') || foreignPlaces.length > 0;
  const home = new RegExp(HOME_STEM, 'i').test(phrase);
  const russian = home || codes.includes('RU') || russianPlaces.length > 0;
  if (foreign && russian) return 'mixed';
  if (foreign) return 'foreign';
  if (home) return 'home';
  return 'none';
}

/**
 * A participants cell that lists one group (no comma, semicolon outside brackets and quotes) with
 * its head count: "Представители … (6 человек)", or "Театр (Республика Узбекистан). Количество
 * сотрудников – 30 человек".
 */
function soleGroup(cell: string): { owner: Owner; count: number } | null {
  const text = cell.replace(/[\s,;.]+$/, '').trim();
  const closing = text.match(SOLE_GROUP_COUNT);
  if (closing?.[1] && isOneGroup(text.slice(0, closing.index))) {
    return { owner: ownerOf(text.slice(0, closing.index)), count: toNumber(closing[1]) };
  }
  const staff = STAFF_COUNT.exec(text);
  if (staff && isOneGroup(text.slice(0, staff.index))) {
    const count = firstNumber([COUNT_OF_GROUP], text.slice(staff.index));
    if (count !== null) return { owner: ownerOf(text.slice(0, staff.index)), count };
  }
  return null;
}

function isOneGroup(text: string): boolean {
  const outside = text.replace(/\([^()]*\)/g, ' ').replace(/«[^«»]*»/g, ' ').replace(/«[^«»]*$/, ' ');
  return outside.trim() !== '' && !/[,;]/.test(outside);
}

/** A count of people tied to a foreign country named right next to it. */
function foreignByCountry(text: string): number | null {
  for (const { regex, number, place } of FOREIGN_BY_COUNTRY) {
    for (const match of text.matchAll(regex)) {
      if (ownerOf(match[place] ?? '') === 'foreign') return toNumber(match[number] ?? '');
    }
  }
  return null;
}

function toNumber(written: string): number {
  const thousands = /тыс/i.test(written);
  const digits = written.replace(/\s*(?:тыс\.?|тысяч[а-я]*)$/i, '');
  if (thousands) return Math.round(Number(digits.replace(/ /g, '').replace(',', '.')) * 1000);
  return Number(digits.replace(/[ .]/g, ''));
}
