/**
 * Every Russian string of the UI, and the grammar helpers they need (plural forms, quarters).
 * Components import from here; no Russian text lives in components.
 */

export type PluralForms = readonly [one: string, few: string, many: string];

/** Russian plural: 1 мероприятие, 2 мероприятия, 5 мероприятий, 21 мероприятие, 11 мероприятий. */
export function plural(n: number, forms: PluralForms): string {
  const abs = Math.abs(Math.trunc(n));
  const lastTwo = abs % 100;
  const last = abs % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

export const nouns = {
  event: ['мероприятие', 'мероприятия', 'мероприятий'],
  country: ['страна', 'страны', 'стран'],
  partnerCountry: ['страна-партнёр', 'страны-партнёра', 'стран-партнёров'],
  sme: ['субъект МСП', 'субъекта МСП', 'субъектов МСП'],
  smeParticipation: ['участие МСП', 'участия МСП', 'участий МСП'],
  participant: ['участник', 'участника', 'участников'],
  document: ['документ', 'документа', 'документов'],
  place: ['место', 'места', 'мест'],
  warning: ['предупреждение', 'предупреждения', 'предупреждений'],
  report: ['отчёт', 'отчёта', 'отчётов'],
  person: ['человек', 'человека', 'человек'],
} as const satisfies Record<string, PluralForms>;

export const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "IV квартал 2025" */
export function quarterLabel(year: number, quarter: number): string {
  return `${ROMAN[quarter - 1]} квартал ${year}`;
}

/** "IV кв. 2025" for chart axes. */
export function quarterShortLabel(year: number, quarter: number): string {
  return `${ROMAN[quarter - 1]} кв. ${year}`;
}

/** "в IV квартале 2025 года" */
export function inQuarter(year: number, quarter: number): string {
  return `в ${ROMAN[quarter - 1]} квартале ${year} года`;
}

export const nav = {
  overview: 'Обзор',
  map: 'Карта',
  countries: 'Страны',
  spheres: 'Сферы',
  sme: 'МСП',
  events: 'Мероприятия',
  quality: 'Качество данных',
  appTitle: 'Международная деятельность Смоленской области',
  mainNav: 'Основная навигация',
} as const;

export const kindLabels: Record<string, string> = {
  exhibition: 'Выставка, ярмарка',
  business_mission: 'Бизнес-миссия',
  conference: 'Конференция, круглый стол',
  forum: 'Форум, слёт',
  working_meeting: 'Рабочая встреча, визит',
  competition: 'Конкурс, олимпиада',
  festival: 'Фестиваль',
  performance: 'Гастроли, концерт',
  videoconference: 'Видеоконференция',
  other: 'Другое',
};

export const formatLabels: Record<string, string> = {
  in_person: 'Очно',
  remote: 'Дистанционно',
  hybrid: 'Смешанный формат',
};

export const directionLabels: Record<string, string> = {
  outbound: 'Выезд за пределы области',
  inbound: 'Приём иностранной делегации',
  hosted: 'Международное мероприятие в области',
};

export const regionLabels: Record<string, string> = {
  belarus: 'Беларусь',
  central_asia: 'Центральная Азия',
  china: 'Китай',
  east_asia: 'Восточная Азия',
  south_asia: 'Южная Азия',
  middle_east: 'Ближний Восток',
  caucasus: 'Кавказ',
  europe: 'Европа',
  africa: 'Африка',
  americas: 'Америка',
  other: 'Другие',
};

export const warningLabels: Record<string, string> = {
  no_date: 'Строка без даты',
  date_unparsed: 'Дата не распознана',
  date_outside_period: 'Даты вне отчётного квартала',
  unknown_place: 'Место не определено',
  place_country_fallback: 'Населённый пункт не найден, взят центр страны',
  place_seat_assumed: 'Место определено по органу власти',
  row_shape: 'Строка таблицы нестандартной формы',
  unknown_sphere: 'Новая сфера сотрудничества',
};

export const precisionLabels: Record<string, string> = {
  day: 'точная дата',
  month: 'с точностью до месяца',
  quarter: 'с точностью до квартала',
  year: 'с точностью до года',
};

export const common = {
  yes: 'Да',
  no: 'Нет',
  notStated: 'не указано',
  empty: 'Нет данных для выбранных условий',
  emptyHint: 'Измените или сбросьте фильтры.',
  source: 'Источник: отчёт о мероприятиях в международной сфере',
  reports: 'Загруженные отчёты',
  noReports: 'В базе нет отчётов. Загрузите отчёт командой npm run ingest.',
} as const;

export const filterLabels = {
  bar: 'Фильтры',
  from: 'С квартала',
  to: 'По квартал',
  report: 'Отчёт',
  sphere: 'Сфера',
  country: 'Страна',
  region: 'Регион мира',
  format: 'Формат',
  direction: 'Направление',
  kind: 'Вид мероприятия',
  dateFrom: 'Даты с',
  dateTo: 'по',
  any: 'Все',
  several: 'Несколько',
  reset: 'Сбросить фильтры',
  ignored: 'Некорректные значения фильтров проигнорированы',
} as const;
