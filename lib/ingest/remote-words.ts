/**
 * Words that say people took part remotely, shared by the place cell (places.ts: the event ran
 * remotely) and the goal and participants cells (event-format.ts: some took part remotely, so an
 * in-person event is hybrid). Case-insensitive; a phrase in parentheses is matched whole.
 */
const REMOTE_PHRASE = [
  '(?:в\\s+)?(?:дистанционном|онлайн|он-лайн|удаленном|удалённом|заочном)\\s+(?:формате|режиме)',
  '(?:в\\s+)?(?:формате|режиме)\\s+(?:ВКС|видеоконференц[а-я-]*|видеосвяз[а-я]*|онлайн|он-лайн|online)',
  '(?:посредством|с\\s+использованием|по|через)\\s+(?:ВКС|видеоконференц[а-я-]*|видеосвяз[а-я]*)',
  'видеоконференц-?связ[а-я]*',
  'видеосвяз[а-я]*',
  'дистанционно',
  'удал[её]нно',
  'онлайн',
  'он-лайн',
  'online',
  'ВКС',
].join('|');

/** Every remote phrase of a text, with its parentheses when it stands in them (global: for replace). */
export const REMOTE = new RegExp(
  `\\(\\s*(?:${REMOTE_PHRASE})\\s*\\)|(?<![А-Яа-яЁё])(?:${REMOTE_PHRASE})(?![А-Яа-яЁё-])`,
  'giu',
);

/** A remote phrase as a whole word (not global: for test and match). */
export const REMOTE_WORDS = new RegExp(`(?<![А-Яа-яЁё])(?:${REMOTE_PHRASE})(?![А-Яа-яЁё-])`, 'iu');
