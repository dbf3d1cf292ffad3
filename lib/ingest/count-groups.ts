/**
 * Groups and their stated sizes, for counts.ts: whose group a phrase describes (the home region's,
 * a foreign country's, both or neither), a group and its size in one clause ("делегация из
 * Республики Беларусь составила 94 человека", "Делегацию Смоленской области представили 8
 * человек"), and a participants cell that lists one group with its head count.
 */
import { findCountriesInText } from '@/lib/geo/countries';
import { findPlacesInText } from '@/lib/geo/gazetteer';
import { APPROX, firstNumber, NUMBER, PEOPLE, re, toNumber } from './count-numbers';
import { HOME_STEM } from './home-region';

/** "Количество сотрудников – 30 человек": the count of the group the cell lists. */
export const COUNT_OF_GROUP = re(`(?:количество|число) (?:участников|сотрудников|человек)\\s*[-:]?\\s*(?:составил[а-я]*\\s*)?${APPROX}?${NUMBER}`);

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

export type Owner = 'home' | 'foreign' | 'mixed' | 'none';

export interface GroupSize {
  owner: Owner;
  count: number;
  start: number;
  end: number;
}

export function groupSizes(text: string): GroupSize[] {
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
export function ownerOf(phrase: string): Owner {
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
export function soleGroup(cell: string): { owner: Owner; count: number } | null {
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
