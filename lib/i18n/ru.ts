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

/* --- Charts (app/_components/charts) --- */
export const chartText = {
  quarterAxis: 'Квартал (по дате начала)',
  eventsAxis: 'Мероприятия',
  smeAxis: 'Участия МСП',
  total: 'Всего',
  clickHint: 'Нажмите на столбец, чтобы открыть список мероприятий.',
} as const;

/* --- Overview page --- */
export const overviewText = {
  title: 'Обзор',
  subtitle: 'Ключевые показатели международной деятельности по загруженным отчётам',
  summaryTitle: 'Краткая сводка',
  copy: 'Копировать текст',
  copied: 'Скопировано',
  figureEvents: ['мероприятие', 'мероприятия', 'мероприятий'],
  figurePartners: ['страна-партнёр', 'страны-партнёра', 'стран-партнёров'],
  figureSme: ['участие субъектов МСП', 'участия субъектов МСП', 'участий субъектов МСП'],
  figureEventsWithSme: ['мероприятие с участием МСП', 'мероприятия с участием МСП', 'мероприятий с участием МСП'],
  figureForeign: (events: number) => `иностранных участников (по данным ${events} ${plural(events, ['мероприятия', 'мероприятий', 'мероприятий'])})`,
  figureDocuments: ['подписанный документ', 'подписанных документа', 'подписанных документов'],
  figureAbroad: 'за рубежом',
  figureInRegion: 'в Смоленской области',
  figureRemote: 'дистанционно',
  trendTitle: 'Мероприятия по кварталам и сферам',
  trendNote: 'Квартал мероприятия — квартал даты его начала.',
  countriesTitle: 'Страны-партнёры: 10 основных',
  countriesNote: 'Мероприятие с несколькими странами учитывается у каждой из них.',
  spheresTitle: 'Мероприятия по сферам сотрудничества',
  smeTitle: 'Участие субъектов МСП по странам',
  smeNote: 'Сумма численности субъектов МСП в мероприятиях со страной.',
  mapTitle: 'География мероприятий',
  mapLink: 'Открыть карту',
} as const satisfies Record<string, unknown>;

/* --- Overview summary (lib/summary/overview.ts): "label: number" clauses avoid agreement with numbers --- */
export const summaryText = {
  allReports: (periods: string) => `По данным загруженных отчётов (${periods})`,
  noReports: 'По данным загруженных отчётов',
  quarter: (roman: string, year: number) => `в ${roman} квартале ${year} года`,
  quarterRange: (from: string, to: string, year: number) => `в ${from}–${to} кварталах ${year} года`,
  quarterSpan: (from: string, fromYear: number, to: string, toYear: number) => `с ${from} квартала ${fromYear} года по ${to} квартал ${toYear} года`,
  quarterSince: (roman: string, year: number) => `начиная с ${roman} квартала ${year} года`,
  quarterUntil: (roman: string, year: number) => `по ${roman} квартал ${year} года включительно`,
  quarterName: (roman: string, year: number) => `${roman} квартал ${year} года`,
  filtered: 'с учётом выбранных фильтров',
  held: 'проведено',
  noEvents: 'мероприятий не найдено.',
  inSpheres: ['сфере сотрудничества', 'сферах сотрудничества', 'сферах сотрудничества'],
  partners: 'основные страны-партнёры',
  spheres: 'больше всего мероприятий в сферах',
  sme: 'Участий субъектов МСП',
  eventsPrepositional: ['мероприятии', 'мероприятиях', 'мероприятиях'],
  eventsGenitive: ['мероприятия', 'мероприятий', 'мероприятий'],
  foreign: 'Иностранных участников',
  byDataOf: 'по данным',
  documents: 'Подписано документов',
  abroad: 'За рубежом проведено мероприятий',
  remote: 'дистанционно',
} as const;

/* Map: the map page and <EventsMap> on every page that shows one. */
export const mapText = {
  title: 'Карта мероприятий',
  intro:
    'Кружки — места проведения мероприятий: размер зависит от числа мероприятий, цвет — от региона мира. Заливка стран — число мероприятий со страной-партнёром. Нажмите на страну, чтобы открыть список её мероприятий, или на кружок, чтобы увидеть мероприятия этого места.',
  mapLabel: 'Карта мест проведения мероприятий и стран-партнёров',
  loading: 'Загрузка карты…',
  layers: 'Слои карты',
  placesLayer: 'Места проведения',
  countriesLayer: 'Страны-партнёры',
  legend: 'Легенда карты',
  legendRegions: 'Места проведения по регионам мира',
  legendCountries: 'Мероприятий со страной',
  legendSize: 'Размер кружка — число мероприятий',
  allEvents: 'Все мероприятия в этом месте',
  moreEvents: (n: number) => `и ещё ${n}`,
  closePopup: 'Закрыть',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  placesTable: 'Места проведения',
  placesTableNote: 'Те же данные, что и на карте: населённые пункты и число мероприятий в них.',
  placeColumn: 'Населённый пункт',
  countryColumn: 'Страна',
  regionColumn: 'Регион мира',
  eventsColumn: 'Мероприятий',
  noPlaces: 'Нет мест проведения для выбранных условий',
} as const;
