/**
 * Whether the row's event took place: a report lists postponed and cancelled events as rows too.
 *
 * Rules (on normalised, lowercased text, ё as е):
 * - the dates cell: any form of "отменить" ("отменено", "отменён", "отмена") or "не состоялось",
 *   "не проводилось" → cancelled; any form of "перенести" ("перенесено на …", "перенесен", "перенос")
 *   → postponed. When both are named, the last one stated wins ("перенесено, позднее отменено");
 * - the other cells: the same words only where they are said of the event — at the start of the
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

const CANCELLED = 'отмен[а-я]*|не состоял[а-я]*|не провод[а-я]*|не проведен[а-я]*';
const POSTPONED = 'перенес[а-я]*|перенос[а-я]*|отложен[а-я]*';
const FORMAT_CHANGE = /^\s*(?:в|на)\s+(?:онлайн|он-лайн|дистанционн|заочн|режим|формат)/;
const ANY_STATUS = new RegExp(`(?<![а-я])(?:(${CANCELLED})|(${POSTPONED}))`, 'g');
/** The event as the subject of the sentence (nominative): "Мероприятие перенесено", "Визит отменён". */
const EVENT_WORD =
  'мероприятие|мероприятия|встреча|визит|поездка|командировка|выставка|ярмарка|форум|конференция|заседание|конкурс|' +
  'фестиваль|гастроли|концерт|спектакль|миссия|бизнес-миссия|семинар|слет|олимпиада|соревнования|турнир|переговоры|' +
  'проведение|участие|открытие|круглый стол';
/** Right after the event word, or after a clause set off by commas ("Мероприятие, запланированное на 5 ноября, перенесено"). */
const SAID_OF_EVENT = new RegExp(
  `(?:^|[.;:(\\n]\\s*|(?<![а-я])(?:${EVENT_WORD})(?:\\s*,[^.;,]{0,80},)?\\s+)(?:было\\s+|были\\s+|будет\\s+)?(?:(${CANCELLED})|(${POSTPONED}))`,
  'g',
);

export function detectStatus(cells: StatusCells): StatusResult {
  const dates = lower(cells.dates);
  const fromDates = lastStatus(dates, ANY_STATUS);
  if (fromDates) return fromDates;
  for (const cell of [cells.title, cells.place, cells.goal, cells.participants]) {
    const found = lastStatus(lower(cell), SAID_OF_EVENT);
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
