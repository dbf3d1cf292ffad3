/**
 * Word lists for synthetic event titles and cells. Titles are built so that unrelated events do
 * not look alike to lib/reconcile/match.ts (overlap of word stems below 0.6): the generator makes
 * look-alikes only on purpose (the repeats of synthetic-events.ts).
 */
import type { EventKind } from '@/lib/ingest/types';
import type { Random } from './random';

/** Kind phrases, most frequent first; each names its kind the way classifyKind reads titles. */
export const KIND_PHRASES: readonly { kind: EventKind; phrase: string }[] = [
  { kind: 'exhibition', phrase: 'Участие в выставке' },
  { kind: 'forum', phrase: 'Участие в форуме' },
  { kind: 'working_meeting', phrase: 'Рабочая встреча' },
  { kind: 'conference', phrase: 'Конференция' },
  { kind: 'business_mission', phrase: 'Бизнес-миссия' },
  { kind: 'festival', phrase: 'Фестиваль' },
  { kind: 'competition', phrase: 'Конкурс' },
  { kind: 'videoconference', phrase: 'Видеоконференция' },
  { kind: 'performance', phrase: 'Концерт' },
  { kind: 'other', phrase: 'Экскурсия' },
];

const TOPICS = [
  'агропром', 'логистика', 'машиностроение', 'энергетика', 'медицина', 'туризм', 'образование', 'культура', 'спорт',
  'строительство', 'экология', 'цифровизация', 'инновации', 'торговля', 'фармацевтика', 'текстиль', 'мебель',
  'льноводство', 'молодежь', 'театр', 'музыка', 'живопись', 'архивы', 'библиотеки', 'ремесла', 'кино', 'право',
  'финансы', 'экспорт', 'инвестиции', 'транспорт', 'химия', 'металлургия', 'электроника', 'робототехника',
  'биотехнологии', 'лесопромышленность', 'рыболовство', 'пчеловодство', 'садоводство',
] as const;

const CONSONANTS = 'бвгдзклмнпрстфх';
const VOWELS = 'аеиоуя';
const SYLLABLES = [...CONSONANTS].flatMap((consonant) => [...VOWELS].map((vowel) => consonant + vowel));

/** A made-up word whose first five letters (its stem) encode `value`: distinct for values below 121 500. */
function wordOf(value: number): string {
  const letters = [SYLLABLES[value % 90], SYLLABLES[Math.floor(value / 90) % 90], CONSONANTS[Math.floor(value / 8100) % 15]];
  return `${letters.join('')}ин`;
}

/**
 * "Рабочая встреча «Бадоган Кумирон Летавин»: логистика, № 17". The first name word is unique per
 * `serial` (a running number over the whole data set), the others random: with the kind phrase
 * (one or two stems), the topic and the number, two unrelated titles share at most three of
 * seven stems (0.43).
 */
export function titleOf(random: Random, phrase: string, serial: number, seq: number): string {
  const name = [wordOf(serial), wordOf(random.int(0, 121_499)), wordOf(random.int(0, 121_499))];
  return `${phrase} «${name.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ')}»: ${random.pick(TOPICS)}, № ${seq}`;
}

export const GOALS = [
  'Обсуждение перспектив сотрудничества и обмен опытом',
  'Презентация продукции предприятий региона на зарубежном рынке',
  'Укрепление культурных и гуманитарных связей',
  'Продвижение образовательных программ и академическая мобильность',
  'Подготовка совместных проектов и поиск партнеров',
] as const;

export const SIGNED_GOAL = 'По итогам подписано соглашение о сотрудничестве';

export const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'] as const;
