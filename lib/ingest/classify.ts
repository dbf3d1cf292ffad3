/**
 * Rule-based classification of an event's format, direction, kind and signed documents.
 *
 * - format: "remote" when the place cell says so ("в дистанционном формате", ВКС …); "hybrid" when
 *   the row speaks of both ("в очном и дистанционном формате", "смешанном", "гибридном"), or the
 *   place is physical but part of the event ran remotely; otherwise "in_person".
 * - direction: "outbound" when no venue is in Smolensk oblast (abroad or elsewhere in Russia: the
 *   region's people travel); "inbound" when a foreign delegation, mission or troupe
 *   comes to the region (title words: делегация, визит, реверсная миссия, гастроли …); otherwise
 *   "hosted" (an international event held in the region).
 * - kind: the keyword that appears FIRST in the title decides ("Участие в конкурсе … в рамках
 *   форума" is a competition); weak words (встреча, визит, командировка) count only when no
 *   other keyword is present.
 * - agreementSigned: one sentence holds a form of "подписать" and a document word.
 */
import type { Direction, EventFormat, EventKind, ResolvedPlace } from './types';

const KIND_KEYWORDS: [EventKind, RegExp][] = [
  ['videoconference', /видеоконференц/],
  ['business_mission', /бизнес-мисси/],
  ['exhibition', /выстав|ярмар|экспо/],
  ['forum', /форум|слет/],
  ['conference', /конференц|кругл[а-я]* стол|чтени[яй]|конгресс|семинар|симпозиум|диалогов[а-я]* площадк|сесси[ия]/],
  ['competition', /конкурс|олимпиад|турнир|кубк|чемпионат|соревнован/],
  ['festival', /фестивал|дни культуры|праздник/],
  ['performance', /гастрол|спектакл|концерт|композици/],
  ['other', /экскурси|поздравлени|проектная неделя/],
];

const WEAK_KIND_KEYWORDS: [EventKind, RegExp][] = [
  ['working_meeting', /встреч|заседани|визит|командировк|переговор|мисси[ия]|рабочей групп/],
];

const INBOUND_TITLE = /реверсн|делегаци|визит|гастрол|бизнес-мисси[а-я]* [^.]* в г\. ?смоленск|показ спектакл|встреч[а-я]* с представител/;
const HYBRID_TEXT = /очном и дистанционном|дистанционном и очном|смешанном формате|гибридн|в дистанционном формате [а-я ]*участвовал|в формате видеоконференц/;
const SIGNED_DOCUMENT = /подпис[а-я]*[^.]*(соглашени|меморандум|план|договор|протокол|контракт|документ)|(соглашени|меморандум|план|договор|протокол|контракт)[^.]*подписан/;

const HOME_REGION_PLACES = /смоленск/;

export function classifyKind(title: string): EventKind {
  const text = title.toLowerCase().replace(/ё/g, 'е');
  return earliestKind(KIND_KEYWORDS, text) ?? earliestKind(WEAK_KIND_KEYWORDS, text) ?? 'other';
}

export function classifyFormat(remotePlace: boolean, rowText: string): EventFormat {
  const text = rowText.toLowerCase().replace(/\s+/g, ' ');
  if (/очном и дистанционном|дистанционном и очном|смешанном формате|гибридн/.test(text)) return 'hybrid';
  if (remotePlace) return 'remote';
  return HYBRID_TEXT.test(text) ? 'hybrid' : 'in_person';
}

export function classifyDirection(places: ResolvedPlace[], placeCell: string, title: string): Direction {
  if (isOutsideHomeRegion(places, placeCell)) return 'outbound';
  const text = title.toLowerCase().replace(/\s+/g, ' ');
  return INBOUND_TITLE.test(text) ? 'inbound' : 'hosted';
}

export function detectAgreementSigned(rowText: string): boolean {
  return SIGNED_DOCUMENT.test(rowText.toLowerCase().replace(/\s+/g, ' '));
}

/**
 * No venue in the region, and one abroad or in another Russian region. A cell with no known place
 * counts as home; so does a remote event with one end in the region.
 */
function isOutsideHomeRegion(places: ResolvedPlace[], placeCell: string): boolean {
  const home = places.some((place) => place.source === 'seat' || HOME_REGION_PLACES.test(place.name.toLowerCase()));
  if (home || places.length === 0) return false;
  if (places.some((place) => place.country !== 'RU')) return true;
  return !/смоленск[а-я]* област/.test(placeCell.toLowerCase());
}

function earliestKind(keywords: [EventKind, RegExp][], text: string): EventKind | null {
  let best: { kind: EventKind; index: number } | null = null;
  for (const [kind, regex] of keywords) {
    const index = text.search(regex);
    if (index >= 0 && (best === null || index < best.index)) best = { kind, index };
  }
  return best?.kind ?? null;
}
