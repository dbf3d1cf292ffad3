/**
 * Rule-based classification of an event's kind, format, direction and signed documents.
 * Every rule has an id; `explainClassification` lists the rules that fired on a row, and
 * scripts/classify-rule-counts.ts counts them over a report. Cells arrive normalised
 * (lib/ingest/normalise.ts); matching is on lowercased text with ё as е.
 *
 * Kind — what the event is, named by the title's head noun:
 * - quoted names («…», "…") are set aside, and so are format phrases ("в режиме
 *   видеоконференцсвязи", "в формате ВКС"): a name or a format says nothing of the kind;
 * - the title's head is the part before "в рамках" (what follows is the setting: "Конкурс … в рамках
 *   форума" is a competition; "Рабочая встреча … в рамках выставки" a working meeting);
 * - in the head, the strong keyword that comes first decides; weak words (встреча, заседание,
 *   визит, командировка, переговоры, миссия, рабочая группа) count only when no strong keyword is
 *   there, so "Служебная командировка … для участия в бизнес-миссии" is a business mission;
 * - then the same in the setting, then in the quoted names; otherwise "other".
 * Strong keywords: videoconference (видеоконференция, телемост), business_mission (бизнес-миссия,
 * торговая / деловая / экспортная миссия), exhibition (выставка, ярмарка, -экспо), forum (форум,
 * слёт, съезд), conference (конференция, круглый стол, чтения, конгресс, семинар, вебинар,
 * симпозиум, сессия, панельная дискуссия, диалоговая / дискуссионная / экспертная площадка),
 * competition (конкурс, олимпиада, турнир, кубок, чемпионат, соревнования, первенство,
 * спартакиада, хакатон, викторина), festival (фестиваль, дни … культуры, праздник, карнавал),
 * performance (гастроли, спектакль, концерт, постановка, литературно-музыкальная композиция),
 * other (экскурсия, поздравление).
 *
 * Format — how people took part:
 * - hybrid when the row says both ("в очном и дистанционном формате", "очно и заочно",
 *   "смешанном", "гибридном");
 * - remote when the place cell says so (places.ts), or the title names a remote kind of event
 *   (видеоконференция, телемост, вебинар, онлайн-, дистанционный, заочный);
 * - hybrid when the venue is physical but the goal or participants cell says that some took part
 *   remotely ("участвовало 325 участников в дистанционном формате", "(в формате
 *   видеоконференцсвязи)", "по ВКС", "онлайн"), a broadcast ("онлайн-трансляция") excepted;
 * - otherwise in person.
 *
 * Direction — which way people moved, judged from the venue:
 * - outbound: no venue in the home region (lib/ingest/home-region.ts: its city and district seats,
 *   or a cell naming Смоленская область / a Smolensk district) and a venue elsewhere — abroad or in
 *   another Russian region; the region's people went there (or joined it from afar);
 * - inbound: a venue in the region, and the title (names in quotes and "с участием …" set aside)
 *   speaks of a visit — реверсная, делегация, визит, гастроли, приезд, прибытие, пребывание — or
 *   the event is a meeting, mission, performance, festival or excursion of a foreign party named in
 *   the title ("Дни культуры Республики Беларусь", "Показ спектаклей … театром (Республика
 *   Узбекистан)", "экскурсия … для представителей Республики Беларусь");
 * - hosted: otherwise — an international event held in the region (a cell with no known place
 *   counts as the region; so does a remote event with one end in the region).
 *
 * agreementSigned — a document was signed at this event. A clause (sentence or ";"-part) must hold
 * a signing predicate — "подписано / подписан(а/ы)", "подписали", "состоялось / прошло подписание",
 * "церемония подписания", a clause opening with "Подписание" — and a document word (соглашение,
 * меморандум, план, договор, протокол, контракт, дорожная карта, программа, декларация, документ).
 * Not when the signing is said to be planned or intended — "планируется / намечено / предстоит /
 * будет подписание", "подписание запланировано", "к подписанию", "договорились (достигнута
 * договоренность) о подписании", "проект соглашения", "возможность подписания" — nor when the
 * document was signed before: "ранее подписано", or a year before the event's in the comma-part
 * holding the signing ("Соглашение было подписано в 2019 году"). Participles in oblique cases ("в
 * рамках подписанного ранее соглашения", "Соглашением, подписанным в 2019 году") refer to an
 * existing document and are no signing predicate.
 */
import { findCountriesInText } from '@/lib/geo/countries';
import { findPlacesInText } from '@/lib/geo/gazetteer';
import { isHomeSettlement, namesHomeRegion } from './home-region';
import type { Direction, EventFormat, EventKind, ResolvedPlace } from './types';

interface Rule<T> {
  id: string;
  value: T;
  pattern: RegExp;
}

const KIND_RULES: Rule<EventKind>[] = [
  { id: 'kind.videoconference', value: 'videoconference', pattern: /видеоконференци(?!цсвяз)|телемост/ },
  { id: 'kind.business_mission', value: 'business_mission', pattern: /бизнес-мисси|(?:торгов|торгово-экономическ|делов|экспортн)[а-я]* мисси/ },
  { id: 'kind.exhibition', value: 'exhibition', pattern: /выстав|ярмар|экспо(?!рт)/ },
  { id: 'kind.forum', value: 'forum', pattern: /форум|(?<![а-я])слет|(?<![а-я])съезд/ },
  {
    id: 'kind.conference',
    value: 'conference',
    pattern: /конференц|кругл[а-я]* стол|чтени[яй]|конгресс|семинар|вебинар|симпозиум|сесси[ияю]|панельн[а-я]* дискусси|(?:диалогов|дискуссионн|экспертн)[а-я]* площадк/,
  },
  {
    id: 'kind.competition',
    value: 'competition',
    pattern: /конкурс|олимпиад|турнир|куб(?:ок|к)|чемпионат|соревнован|первенств|спартакиад|хакатон|викторин/,
  },
  { id: 'kind.festival', value: 'festival', pattern: /фестивал|(?<![а-я])дн(?:и|ей|ям|ях) (?:[а-я]+ )?культур|праздник|карнавал/ },
  { id: 'kind.performance', value: 'performance', pattern: /гастрол|спектакл|концерт|постановк|(?:литературно|музыкально)[а-я-]* композици/ },
  { id: 'kind.other', value: 'other', pattern: /экскурси|поздравлени/ },
];

const WEAK_KIND_RULES: Rule<EventKind>[] = [
  {
    id: 'kind.working_meeting',
    value: 'working_meeting',
    pattern: /встреч|заседани|визит|командировк|переговор|мисси[ияю]|рабоч[а-я]* групп|совещани|консультаци/,
  },
];

/** Phrases that say how an event ran, not what it is. */
const FORMAT_PHRASE =
  /(?:в|во)\s+(?:режиме|формате)\s+(?:вкс|видеоконференц[а-я-]*|видеосвяз[а-я]*|онлайн|он-лайн)|(?:посредством|с использованием|по)\s+(?:вкс|видеоконференц[а-я-]*|видеосвяз[а-я]*)|в\s+(?:дистанционном|онлайн|очном|заочном|гибридном|смешанном)\s+(?:формате|режиме)/g;

const REMOTE_TITLE: Rule<EventFormat> = {
  id: 'format.remote_title',
  value: 'remote',
  pattern: /видеоконференци(?!цсвяз)|телемост|вебинар|онлайн|он-лайн|дистанционн|заочн/,
};
const HYBRID_EXPLICIT: Rule<EventFormat> = {
  id: 'format.hybrid_explicit',
  value: 'hybrid',
  pattern: /очн[а-я]* и (?:дистанционн|заочн)|(?:дистанционн|заочн)[а-я]* и очн|очно-заочн|смешанн[а-я]* формат|гибридн/,
};
const HYBRID_PARTIAL: Rule<EventFormat> = {
  id: 'format.hybrid_partial',
  value: 'hybrid',
  pattern:
    /(?:в|во)\s+(?:дистанционном|онлайн|удаленном)\s+(?:формате|режиме)|(?:в\s+)?(?:формате|режиме)\s+(?:вкс|видеоконференц[а-я-]*|видеосвяз[а-я]*|онлайн)|(?:посредством|с использованием|по)\s+(?:вкс|видеоконференц[а-я-]*|видеосвяз[а-я]*)|(?<![а-я])дистанционно(?![а-я])|(?<![а-я])онлайн(?![а-я-])|(?<![а-я])вкс(?![а-я])/,
};

const VISIT_WORDS: Rule<Direction> = {
  id: 'direction.inbound_visit',
  value: 'inbound',
  pattern: /реверсн|делегаци|визит|гастрол|приезд|прибыти|пребывани/,
};
/** Kinds of event that belong to a party (its meeting, mission, show, days, tour), not to a theme. */
const PARTY_KINDS: EventKind[] = ['working_meeting', 'business_mission', 'performance', 'festival', 'other'];

const SIGNING =
  /(?<![а-я])подписан[оаы]?(?![а-я])|(?<![а-я])подписал[аио]?(?![а-я])|(?:состоял|прошл|проведен|организован|осуществлен)[а-я]* (?:[а-я]+ )?(?:церемони[а-я]* )?подписани|церемони[а-я]* подписани|^\s*подписание/;
const DOCUMENT = /соглашени|меморандум|(?<![а-я])план|договор(?!енност)|протокол|контракт|дорожн[а-я]* карт|программ|декларац|документ/;
/** Intent or a plan, said of the signing: the document is not signed yet. */
const INTENT = new RegExp(
  [
    '(?:планир|запланир|намеч|предстоит|предполага|будет|будут|должн|готовит|готов[аоы]? к)[а-я]*\\s+(?:[а-я]+\\s+){0,2}?подпис',
    'подписани[а-я]*\\s+(?:[а-я]+\\s+){0,3}?(?:планир|запланир|намеч|ожида|предполага|перенес)',
    'к подписанию|для подписания',
    '(?:договорил|договорен|договоренност|согласил)[а-я]*\\s+(?:[а-я]+\\s+){0,2}?о\\s+(?:[а-я]+\\s+)?подписани',
    'проект[а-я]*\\s+(?:соглашени|меморандум|договор|план|программ|протокол|документ)',
    '(?:возможност|перспектив|вопрос)[а-я]*\\s+(?:[а-я]+\\s+)?подписани',
  ].join('|'),
);
/** A document signed before, referred to: "ранее подписано", "подписано в 2019 году" (checked in the signing's comma-part). */
const EARLIER = /ранее\s+(?:[а-я]+\s+)?подписан|подписан[а-я]*\s+(?:[а-я]+\s+)?ранее/;

export interface ClassifyInput {
  title: string;
  placeCell: string;
  goal: string;
  participants: string;
  places: ResolvedPlace[];
  remotePlace: boolean;
  /** The event's start year, to tell a document signed years before. */
  year?: number;
}

export interface Classification {
  kind: EventKind;
  format: EventFormat;
  direction: Direction;
  agreementSigned: boolean;
}

export function classifyEvent(input: ClassifyInput, trace?: string[]): Classification {
  const kind = classifyKind(input.title, trace);
  const rowText = [input.title, input.placeCell, input.goal, input.participants].join('\n');
  return {
    kind,
    format: classifyFormat({ remotePlace: input.remotePlace, title: input.title, otherText: [input.goal, input.participants].join('\n'), rowText }, trace),
    direction: classifyDirection({ places: input.places, placeCell: input.placeCell, title: input.title, kind }, trace),
    agreementSigned: detectAgreementSigned(rowText, input.year, trace),
  };
}

/** The ids of the rules that fired on a row, in the order they were applied. */
export function explainClassification(input: ClassifyInput): string[] {
  const trace: string[] = [];
  classifyEvent(input, trace);
  return trace;
}

export function classifyKind(title: string, trace?: string[]): EventKind {
  const text = lower(title).replace(FORMAT_PHRASE, ' ');
  const { outside, quoted } = splitQuotes(text);
  const cut = outside.search(/в рамках/);
  const head = cut >= 0 ? outside.slice(0, cut) : outside;
  const setting = cut >= 0 ? outside.slice(cut) : '';
  for (const part of [head, setting, quoted]) {
    const rule = earliest(KIND_RULES, part) ?? earliest(WEAK_KIND_RULES, part);
    if (rule) {
      trace?.push(rule.id, `${rule.id} "${part.match(rule.pattern)?.[0] ?? ''}"${part === head ? '' : part === setting ? ' (setting)' : ' (quoted)'}`);
      return rule.value;
    }
  }
  trace?.push('kind.default_other');
  return 'other';
}

export function classifyFormat(
  input: { remotePlace: boolean; title: string; otherText: string; rowText?: string },
  trace?: string[],
): EventFormat {
  const title = splitQuotes(lower(input.title)).outside;
  const other = lower(input.otherText);
  const row = lower(input.rowText ?? [input.title, input.otherText].join('\n'));
  const fire = (rule: Rule<EventFormat> | { id: string; value: EventFormat }): EventFormat => {
    trace?.push(rule.id);
    return rule.value;
  };
  const keyword = (rule: Rule<EventFormat>, text: string) => trace?.push(`${rule.id} "${text.match(rule.pattern)?.[0] ?? ''}"`);
  if (HYBRID_EXPLICIT.pattern.test(row)) {
    keyword(HYBRID_EXPLICIT, row);
    return fire(HYBRID_EXPLICIT);
  }
  if (input.remotePlace) return fire({ id: 'format.remote_place', value: 'remote' });
  if (REMOTE_TITLE.pattern.test(title)) {
    keyword(REMOTE_TITLE, title);
    return fire(REMOTE_TITLE);
  }
  const partial = other.replace(/онлайн-трансляц[а-я]*|трансляци[а-я]* в режиме онлайн/g, ' ');
  if (HYBRID_PARTIAL.pattern.test(partial)) {
    keyword(HYBRID_PARTIAL, partial);
    return fire(HYBRID_PARTIAL);
  }
  return fire({ id: 'format.default_in_person', value: 'in_person' });
}

export function classifyDirection(
  input: { places: ResolvedPlace[]; placeCell: string; title: string; kind: EventKind },
  trace?: string[],
): Direction {
  const fire = (id: string, value: Direction): Direction => {
    trace?.push(id);
    return value;
  };
  if (isAway(input.places, input.placeCell)) return fire('direction.outbound_venue', 'outbound');
  const title = splitQuotes(input.title).outside.replace(/с (?:международным )?участием[^.;]*/gi, ' ');
  if (VISIT_WORDS.pattern.test(lower(title))) {
    trace?.push(`${VISIT_WORDS.id} "${lower(title).match(VISIT_WORDS.pattern)?.[0] ?? ''}"`);
    return fire(VISIT_WORDS.id, 'inbound');
  }
  if (PARTY_KINDS.includes(input.kind) && namesForeignParty(title)) return fire('direction.inbound_party', 'inbound');
  return fire('direction.default_hosted', 'hosted');
}

export function detectAgreementSigned(rowText: string, year?: number, trace?: string[]): boolean {
  for (const clause of clauses(lower(rowText))) {
    if (!SIGNING.test(clause) || !DOCUMENT.test(clause)) continue;
    if (INTENT.test(clause)) {
      trace?.push('agreement.not_intent');
      continue;
    }
    if (EARLIER.test(clause) || (year !== undefined && signedInEarlierYear(clause, year))) {
      trace?.push('agreement.not_earlier');
      continue;
    }
    trace?.push('agreement.signed');
    return true;
  }
  return false;
}

/**
 * No venue in the home region, and one elsewhere. A cell with no known place counts as home; so
 * does a remote event with one end in the region.
 */
export function isAway(places: ResolvedPlace[], placeCell: string): boolean {
  if (places.length === 0) return false;
  const homeCell = namesHomeRegion(placeCell);
  return !places.some((place) => isHomeSettlement(place.name) || (homeCell && place.country === 'RU'));
}

function namesForeignParty(title: string): boolean {
  if (findCountriesInText(title).some((code) => code !== 'RU')) return true;
  return findPlacesInText(title).some((place) => place.country !== 'RU');
}

/** The comma-part that holds the signing predicate names a year before the event's. */
function signedInEarlierYear(clause: string, year: number): boolean {
  return clause
    .split(',')
    .filter((part) => SIGNING.test(part))
    .some((part) => [...part.matchAll(/(?<!\d)(19\d\d|20\d\d)(?!\d)/g)].some((match) => Number(match[1]) < year));
}

/** Sentences and ";"-parts; initials ("В.Н. Анохин") and abbreviations ("г.", "т.ч.") end none. */
function clauses(text: string): string[] {
  return text
    .replace(/(?<![а-яa-z])([а-яa-z])\.\s*/g, '$1 ')
    .split(/[.;!?\n]+/)
    .map((clause) => clause.trim())
    .filter(Boolean);
}

/** Text outside quoted names, and the quoted names (innermost quotes first, so nesting is handled). */
function splitQuotes(text: string): { outside: string; quoted: string } {
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

function lower(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

function earliest<T>(rules: Rule<T>[], text: string): Rule<T> | null {
  let best: { rule: Rule<T>; index: number } | null = null;
  for (const rule of rules) {
    const index = text.search(rule.pattern);
    if (index >= 0 && (best === null || index < best.index)) best = { rule, index };
  }
  return best?.rule ?? null;
}
