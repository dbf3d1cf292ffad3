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
import { blank, blankSpans, firstNumber, prepare, toNumber, APPROX, NUMBER, PEOPLE, re } from './count-numbers';
import { COUNT_OF_GROUP, groupSizes, ownerOf, soleGroup } from './count-groups';
import type { Counts } from './types';

/**
 * The counts of an event row, parsed, stored or exported, in the order the public data format
 * lists them: one list to extend when a count is added.
 */
export function countsOf(event: Counts): Counts {
  const { smeCount, participantsTotal, foreignParticipants, audience, delegationSize } = event;
  return { smeCount, participantsTotal, foreignParticipants, audience, delegationSize };
}

export interface CountContext {
  /** The event takes place outside the home region: a group of the region's own organisations is its delegation. */
  awayFromHome: boolean;
}

const PERSON = `(?:${PEOPLE}|участник|представител|обучающ|зрител|граждан|делегат|студент|школьник|специалист)[а-я]*`;

const FOREIGN_ADJ = '(?:иностранн|зарубежн)[а-я]*';

const FOREIGN_NOUN =
  '(?:граждан|участник|делегат|студент|обучающ|гост|представител|специалист|эксперт|партнер|журналист|спортсмен|школьник|' +
  'преподавател|педагог|волонтер|артист|исполнител|коллег|ученых|слушател|человек|туристов)[а-я]*';

const SME = [re(`${NUMBER} субъект[а-я]* (?:малого и среднего предпринимательства|мсп)`)];

const COUNTRY_COUNT = re(`${NUMBER} (?:стран|государств)[а-я]*`, 'gi');

const AUDIENCE = [
  re(`${APPROX}?${NUMBER} (?:зрител|посетител|болельщик)`),
  re(`(?:зрител|посетител|болельщик)[а-я]*\\s*[-:]?\\s*(?:составил[а-я]*\\s*)?${APPROX}?${NUMBER}(?: ${PEOPLE})?`),
  re(`(?:посетил[а-я]*|посмотрел[а-я]*|собрал[а-я]*)\\s+(?:[а-я]+\\s+)?${APPROX}?${NUMBER} ${PEOPLE}`),
];

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

/** A count of people tied to a foreign country named right next to it. */
function foreignByCountry(text: string): number | null {
  for (const { regex, number, place } of FOREIGN_BY_COUNTRY) {
    for (const match of text.matchAll(regex)) {
      if (ownerOf(match[place] ?? '') === 'foreign') return toNumber(match[number] ?? '');
    }
  }
  return null;
}
