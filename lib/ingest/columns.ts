/**
 * Finds the report table's columns by the meaning of their header text, not by position or count.
 *
 * Rules (checked in this order, first match wins, on the header cell lower-cased):
 * - number:       "№", "№ п/п", "п/п", "номер"
 * - place_dates:  a cell naming both the place and the time ("Место и дата проведения")
 * - dates:        "сроки", "дата", "период", "время проведения"
 * - place:        "место"
 * - goal:         "цель", "содержание", "описание"
 * - result:       "результат", "итоги" (a separate column in older layouts)
 * - participants: "участники", "количество", "состав"
 * - title:        "наименование", "название", "мероприятие", "тема"
 * A layout is recognised when it has a title column and a dates or place-and-dates column;
 * other cells are "other" and their text is kept with the goal.
 */
import type { SourceText } from './types';

type ColumnRole = 'number' | 'title' | 'place' | 'dates' | 'place_dates' | 'goal' | 'result' | 'participants' | 'other';

const ROLE_RULES: [ColumnRole, RegExp][] = [
  ['number', /^(№|n|no)\b|^№|п\/п|^номер/],
  ['place_dates', /(мест[оа].*(дат|срок|врем))|((дат|срок|врем).*мест[оа])/],
  ['dates', /срок|дата|период|время проведения/],
  ['place', /мест[оа]/],
  ['goal', /цел[ьи]|содержан|описан/],
  ['result', /результат|итог/],
  ['participants', /участник|количеств|состав/],
  ['title', /наименован|назван|мероприяти|тема/],
];

export const EXPECTED_COLUMNS = '№, наименование, место, сроки (или «место и дата»), цель/результат, участники';

export interface ColumnMap {
  roles: ColumnRole[];
}

function roleOf(headerCell: string): ColumnRole {
  const text = headerCell.toLowerCase().replace(/\s+/g, ' ').trim();
  if (text === '') return 'other';
  return ROLE_RULES.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}

/** The column map when the row reads as a header of a report table, else null. */
export function headerColumns(cells: string[]): ColumnMap | null {
  if (cells.length < 3) return null;
  const roles = cells.map(roleOf);
  const has = (role: ColumnRole) => roles.includes(role);
  const known = roles.filter((role) => role !== 'other').length;
  if (!has('title') || !(has('dates') || has('place_dates')) || known < 3) return null;
  return { roles };
}

/** The row repeats the header (a new page or a continued table): same roles in most columns. */
export function repeatsHeader(cells: string[], columns: ColumnMap): boolean {
  if (cells.length !== columns.roles.length) return false;
  const same = cells.filter((cell, i) => roleOf(cell) === columns.roles[i] && columns.roles[i] !== 'other').length;
  return same >= Math.ceil(columns.roles.filter((role) => role !== 'other').length / 2) && headerColumns(cells) !== null;
}

/** A row of column numbers under the header ("1", "2", … one per column). */
export function isColumnNumbersRow(cells: string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  return filled.length >= 3 && filled.every((cell, i) => cell.replace(/\.$/, '') === String(i + 1));
}

/** Maps a row's cells to the source fields by column role; a place-and-dates cell is split. */
export function sourceOf(cells: string[], columns: ColumnMap): SourceText {
  const byRole = (role: ColumnRole) =>
    columns.roles.flatMap((r, i) => (r === role ? [cells[i] ?? ''] : [])).filter((text) => text.trim() !== '');
  const extra = cells.slice(columns.roles.length).filter((text) => text.trim() !== '');
  const combined = byRole('place_dates').join('\n');
  const split = combined === '' ? { place: '', dates: '' } : splitPlaceAndDates(combined);
  return {
    number: byRole('number').join(' ').trim(),
    title: byRole('title').join('\n'),
    place: [...byRole('place'), split.place].filter(Boolean).join('\n'),
    dates: [...byRole('dates'), split.dates].filter(Boolean).join('\n'),
    goal: [...byRole('goal'), ...byRole('result'), ...byRole('other'), ...extra].join('\n'),
    participants: byRole('participants').join('\n'),
  };
}

const MONTH = '(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)';
/** Where the time starts in a place-and-dates cell: a day or date, a month, a quarter or a year. */
const DATE_START = new RegExp(
  `(?:(?:^|[\\s,(])(?:с\\s+)?\\d{1,2}(?:\\.\\d{1,2}\\.\\d{2,4}|\\s*[-–—]\\s*\\d{1,2}|\\s+(?:и\\s+\\d{1,2}\\s+)?${MONTH}))` +
    `|(?:(?:^|[\\s,(])(?:в\\s+течение\\s+)?${MONTH}[а-я]*\\s+\\d{4})` +
    `|(?:(?:^|[\\s,(])(?:[IV]+|[1-4])\\s*(?:-?й\\s+)?квартал)` +
    `|(?:(?:^|[\\s,(])в\\s+течение\\s+квартала)` +
    `|(?:(?:^|[\\s,(])(?:отменен|перенесен))`,
  'iu',
);

/**
 * Splits a cell holding both place and time ("г. Минск, Республика Беларусь, 12-14 марта 2024 г."):
 * the time starts at the first date-like token; what comes before it is the place.
 */
function splitPlaceAndDates(cell: string): { place: string; dates: string } {
  const match = DATE_START.exec(cell);
  if (!match) return { place: cell, dates: '' };
  const start = match.index + (match[0].match(/^[\s,(]/) ? 1 : 0);
  const place = cell.slice(0, start).replace(/[\s,;(–—-]+$/u, '').trim();
  return { place, dates: cell.slice(start).trim() };
}
