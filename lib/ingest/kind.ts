/**
 * Event kind by documented keyword rules (see classify.ts for how rules are traced).
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
 */
import { earliest, lower, type Rule, splitQuotes } from './classify-rules';
import type { EventKind } from './types';

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
