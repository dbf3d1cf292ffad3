/**
 * Whether the row's event took place: a report lists postponed and cancelled events as rows too.
 *
 * Rules (on normalised, lowercased text, ё as е):
 * - the dates cell: any form of "отменить" ("отменено", "отменён", "отмена") or "не состоялось",
 *   "не проводилось" → cancelled; any form of "перенести" ("перенесено на …", "перенесен", "перенос")
 *   → postponed. When both are named, the last one stated wins ("перенесено, позднее отменено");
 * - the other cells: a verb or short participle ("перенесено", "отменён", "не состоялось"; not the
 *   nouns "перенос", "отмена", which name topics) only where it is said of the event — at the start of the
 *   cell, a sentence or a parenthesis ("(перенесено на 2026 год)", "Отменено в связи с …"), or
 *   right after the event named as the subject ("Мероприятие перенесено …", "Визит отменён",
 *   "Мероприятие, запланированное на 5 ноября, перенесено"). "Отменены пошлины", "в рамках
 *   встречи перенесены сроки" or "перенесен опыт" inside a sentence are not a status;
 * - moving an event to another format ("перенесено в онлайн-формат", "в дистанционный формат")
 *   is not a postponement;
 * - otherwise the event was held.
 * A row that is not held keeps no dates (lib/ingest/event.ts) and gets the warning
 * `event_postponed` or `event_cancelled`.
 */
import { normaliseForMatching } from './normalise';
import type { EventStatus } from './types';

export interface StatusCells {
  title: string;
  place: string;
  dates: string;
  goal: string;
  participants: string;
}

export interface StatusResult {
  status: EventStatus;
  /** The words that decided it, as written (lowercased), for the warning. */
  phrase: string | null;
}

/** In the dates cell any form counts ("отмена", "перенос на …"). */
const CANCELLED = 'отмен[а-я]*|не состоял[а-я]*|не провод[а-я]*|не проведен[а-я]*';
const POSTPONED = 'перенес[а-я]*|перенос[а-я]*|отложен[а-я]*';
/** Elsewhere only a verb or short participle said of the event ("перенесено", "отменён", "не состоялся"): "Перенос сроков", "перенесение опыта" are topics. */
const CANCELLED_SAID = 'отменен[оаы]?(?![а-я])|отменили(?![а-я])|не состоял[аои]?с[ья]|не проводил[аои]?с[ья]|не проведен[оаы]?(?![а-я])';
const POSTPONED_SAID = 'перенесен[оаы]?(?![а-я])|перенесли(?![а-я])|отложен[оаы]?(?![а-я])';
const FORMAT_CHANGE = /^\s*(?:в|на)\s+(?:онлайн|он-лайн|дистанционн|заочн|режим|формат)/;
const ANY_STATUS = new RegExp(`(?<![а-я])(?:(${CANCELLED})|(${POSTPONED}))`, 'g');
/** The event as the subject of the sentence (nominative): "Мероприятие перенесено", "Визит отменён". */
const EVENT_WORD =
  'мероприятие|мероприятия|встреча|визит|поездка|командировка|выставка|ярмарка|форум|конференция|заседание|конкурс|' +
  'фестиваль|гастроли|концерт|спектакль|миссия|бизнес-миссия|семинар|слет|олимпиада|соревнования|турнир|переговоры|' +
  'проведение|участие|открытие|круглый стол';
/**
 * At the start of a cell, sentence or parenthesis the word stands alone ("Отменено.", "(перенесено
 * на 2026 год)", "Отменено в связи с …"), not before its own subject ("Отменены пошлины …").
 */
const AT_START = new RegExp(
  `(?:^|[.;:(\\n]\\s*)(?:было\\s+)?(?:(${CANCELLED_SAID})|(${POSTPONED_SAID}))` +
    '(?=\\s*(?:$|[.,;:()\\n]|(?:на|в|по|из-за|до|с|со|ввиду|решением|организатор[а-я]*)(?![а-я])))',
  'g',
);
/** Right after the event as the subject, or after a clause set off by commas ("Мероприятие, запланированное на 5 ноября, перенесено"). */
const AFTER_SUBJECT = new RegExp(
  `(?<![а-я])(?:${EVENT_WORD})(?:\\s*,[^.;,]{0,80},)?\\s+(?:было\\s+|были\\s+|будет\\s+)?(?:(${CANCELLED_SAID})|(${POSTPONED_SAID}))`,
  'g',
);

export function detectStatus(cells: StatusCells): StatusResult {
  const dates = lower(cells.dates);
  const fromDates = lastStatus(dates, ANY_STATUS);
  if (fromDates) return fromDates;
  for (const cell of [cells.title, cells.place, cells.goal, cells.participants]) {
    const text = lower(cell);
    const found = lastStatus(text, AT_START) ?? lastStatus(text, AFTER_SUBJECT);
    if (found) return found;
  }
  return { status: 'held', phrase: null };
}

function lastStatus(text: string, pattern: RegExp): StatusResult | null {
  let result: StatusResult | null = null;
  for (const match of text.matchAll(pattern)) {
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (match[2] && FORMAT_CHANGE.test(after)) continue;
    const phrase = text.slice(match.index ?? 0, (match.index ?? 0) + match[0].length + 40).split(/[.;\n]/)[0]?.trim() ?? null;
    result = { status: match[1] ? 'cancelled' : 'postponed', phrase };
  }
  return result;
}

function lower(text: string): string {
  return normaliseForMatching(text).toLowerCase().replace(/ё/g, 'е');
}
