/**
 * Event format by documented keyword rules.
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
 */
import { lower, type Rule, splitQuotes } from './classify-rules';
import { REMOTE_WORDS } from './remote-words';
import type { EventFormat } from './types';

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

const HYBRID_PARTIAL: Rule<EventFormat> = { id: 'format.hybrid_partial', value: 'hybrid', pattern: REMOTE_WORDS };

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
