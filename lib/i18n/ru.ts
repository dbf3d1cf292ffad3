/**
 * Every Russian string of the UI, and the grammar helpers they need (plural forms, quarters).
 * Components import from here; no Russian text lives in components.
 */

import type { SkipReason } from '@/lib/ingest/types';

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

/** A stored report's period by its key: "IV квартал 2025", "I полугодие 2025", "9 месяцев 2025", "2025 год". */
export function reportPeriodLabel(periodKey: string): string {
  const match = /^(\d{4})-(Q[1-4]|H[12]|9M|Y)$/.exec(periodKey);
  if (!match) return periodKey;
  const [, year, part = ''] = match;
  if (part.startsWith('Q')) return quarterLabel(Number(year), Number(part.slice(1)));
  if (part.startsWith('H')) return `${ROMAN[Number(part.slice(1)) - 1]} полугодие ${year}`;
  return part === '9M' ? `9 месяцев ${year}` : `${year} год`;
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
  compare: 'Сравнение',
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
  place_from_world_data: 'Населённый пункт найден в мировом справочнике GeoNames (для сведения, проверьте)',
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
  quarterTotal: 'Всего за квартал',
  clickHint: 'Нажмите на столбец, чтобы открыть список мероприятий.',
  loading: 'Загрузка графика…',
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
  figureForeign: (participants: number, events: number) =>
    `${plural(participants, ['иностранный участник', 'иностранных участника', 'иностранных участников'])} (по данным ${events} ${plural(events, ['мероприятия', 'мероприятий', 'мероприятий'])})`,
  figureDocuments: ['подписанный документ', 'подписанных документа', 'подписанных документов'],
  figureAbroad: ['мероприятие за рубежом', 'мероприятия за рубежом', 'мероприятий за рубежом'],
  figureInRegion: ['мероприятие в Смоленской области', 'мероприятия в Смоленской области', 'мероприятий в Смоленской области'],
  figureRemote: ['мероприятие в дистанционном формате', 'мероприятия в дистанционном формате', 'мероприятий в дистанционном формате'],
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

/* --- Comparison page (app/(dashboard)/compare) --- */
export const compareText = {
  title: 'Сравнение периодов',
  subtitle: 'Два периода рядом: показатели, сферы, страны-партнёры и участие субъектов МСП. Изменения считаются от периода A к периоду B.',
  periodsLabel: 'Периоды сравнения',
  period: { a: 'Период A', b: 'Период B' } as Record<string, string>,
  from: 'с квартала',
  to: 'по квартал',
  apply: 'Сравнить',
  swap: 'Поменять местами',
  ignored: 'Некорректные значения периодов проигнорированы, взяты периоды по умолчанию',
  periodFiltersIgnored: 'Фильтры «С квартала», «По квартал» и «Отчёт» на этой странице не действуют: периоды выбираются здесь.',
  noData: 'В базе нет мероприятий с датами: сравнивать нечего.',
  figuresTitle: 'Ключевые показатели',
  figuresCaption: 'Ключевые показатели двух периодов и их изменение',
  figure: 'Показатель',
  change: 'Изменение',
  changeShare: 'Изменение, %',
  figureLabels: {
    events: 'Мероприятия',
    partnerCountries: 'Страны-партнёры',
    smeParticipations: 'Участия субъектов МСП',
    eventsWithSme: 'Мероприятия с участием МСП',
    documentsSigned: 'Подписанные документы',
    abroad: 'Мероприятия за рубежом',
    inRegion: 'Мероприятия в Смоленской области',
    remote: 'Мероприятия в дистанционном формате',
    foreignParticipants: 'Иностранные участники (где указано)',
  } as Record<string, string>,
  spheresTitle: 'Мероприятия по сферам',
  countriesTitle: 'Страны-партнёры: мероприятия',
  countriesNote: '10 основных стран: по числу мероприятий в периоде B, затем в периоде A.',
  smeBySphereTitle: 'Участия субъектов МСП по сферам',
  smeByCountryTitle: 'Участия субъектов МСП по странам',
  smeNote: 'Сумма численности субъектов МСП в мероприятиях.',
  shiftTitle: 'Новые и выбывшие страны-партнёры',
  newCountries: 'Новые в периоде B',
  goneCountries: 'Выбыли в периоде B',
  noCountries: 'нет',
  levelsTitle: 'Уровни изменений по странам',
  levelsNote: (large: number, share: number, floor: number, minShare: number) =>
    `Сильный рост — не меньше чем на ${large} ${plural(large, nouns.event)} и на ${share} %; умеренный рост или снижение — не меньше чем на ${floor} ${plural(floor, nouns.event)} и на ${minShare} %; иначе — мало изменилось. Так рост с 1 до 4 мероприятий не выглядит как «+300 %».`,
  levelsCaption: 'Число мероприятий со страной в двух периодах и уровень изменения',
  country: 'Страна',
  level: 'Уровень',
  levels: {
    'large-increase': 'Сильный рост',
    'moderate-increase': 'Умеренный рост',
    'little-change': 'Мало изменилось',
    decrease: 'Снижение',
    new: 'Новая страна',
    gone: 'Выбыла',
  } as Record<string, string>,
  mapTitle: 'Карта изменений',
  mapNote: 'Цвет страны — уровень изменения числа мероприятий. Нажмите на страну, чтобы открыть её мероприятия за оба периода.',
  mapLegend: 'Уровень изменения',
  mapTooltip: (a: string, b: string, level: string) => `A: ${a} → B: ${b} (${level.toLowerCase()})`,
  yoyTitle: 'Тот же период годом раньше',
  yoyCaption: 'Период B и тот же период предыдущего года',
  yoyMissing: (period: string) => `Сравнение с тем же периодом прошлого года недоступно: данных за ${period} нет.`,
  yearEarlier: 'Годом раньше',
  notApplicable: '—',
} as const;

/* --- Comparison summary (lib/summary/compare.ts): lists follow a colon, so names stay in the nominative --- */
export const compareSummaryText = {
  more: (diff: string, base: string, baseValue: string) => `на ${diff} больше, чем ${base} (${baseValue})`,
  fewer: (diff: string, base: string, baseValue: string) => `на ${diff} меньше, чем ${base} (${baseValue})`,
  same: (base: string) => `столько же, сколько ${base}`,
  noneIn: (period: string) => `${period} мероприятий не найдено`,
  noneInBoth: (a: string, b: string) => `ни ${a}, ни ${b} мероприятий не найдено.`,
  heldOnlyInA: (b: string, a: string, events: string) => `${b} мероприятий не найдено, ${a} проведено ${events}.`,
  paired: (label: string, b: string, a: string, aValue: string) => `${label}: ${b}, ${a} — ${aValue}.`,
  newCountries: (a: string) => `Страны-партнёры, которых не было ${a}`,
  goneCountries: (b: string) => `${b} не было мероприятий со странами`,
  grew: 'Заметно выросло число мероприятий со странами',
  fell: 'Сократилось число мероприятий со странами',
  andMore: (n: string) => `и ещё ${n}`,
} as const;

/* --- Comparison exports (app/_components/export/compare-context.ts, lib/export/compare-figures.ts) --- */
export const compareExportText = {
  periods: (a: string, b: string) => `Сравнение периодов: ${a} (A) и ${b} (B)`,
  period: (side: string, label: string) => `Период ${side.toUpperCase()}: ${label}`,
  badPeriods: (names: string) => `Некорректные значения периодов: ${names}. Период — квартал вида 2025-Q3 (параметры a, b) или диапазон aFrom/aTo, bFrom/bTo.`,
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
  popupLoading: 'Загрузка…',
  popupFailed: 'Не удалось загрузить мероприятия этого места',
  closePopup: 'Закрыть',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  basemapAttribution: 'Границы: Natural Earth',
  placesTable: 'Места проведения',
  placesTableNote: 'Те же данные, что и на карте: населённые пункты и число мероприятий в них.',
  placeColumn: 'Населённый пункт',
  countryColumn: 'Страна',
  eventsColumn: 'Мероприятий',
  noPlaces: 'Нет мест проведения для выбранных условий',
} as const;

/* --- Event lists on the country, sphere and SME pages --- */
export const eventTableText = {
  caption: 'Мероприятия',
  number: '№',
  title: 'Мероприятие',
  dates: 'Сроки',
  sphere: 'Сфера',
  countries: 'Страны',
  places: 'Место',
  sme: 'Субъекты МСП',
  all: 'Все мероприятия в разделе «Мероприятия»',
} as const;

/* --- Long lists cut to their first rows (country, sphere, SME, map and quality pages) --- */
const count = (n: number) => n.toLocaleString('ru-RU');
export const listLimitText = {
  /** Followed by the link: "Показаны первые 200 из 12 345 — все мероприятия". */
  shownFirst: (shown: number, total: number) => `Показаны первые ${count(shown)} из ${count(total)} — `,
  allEvents: 'все мероприятия',
  placesShown: (shown: number, total: number) => `Показано ${count(shown)} ${plural(shown, nouns.place)} (из ${count(total)}), где мероприятий больше всего — `,
  allPlaces: 'все места на карте',
  placesTableShown: (shown: number, total: number) =>
    `Показано ${count(shown)} ${plural(shown, nouns.place)} (из ${count(total)}), где мероприятий больше всего; все места — в выгрузке XLSX или CSV (кнопка «Скачать»).`,
  warningsShown: (shown: number, total: number) =>
    `Показаны первые ${count(shown)} ${plural(shown, nouns.warning)} из ${count(total)}: сузьте выбор фильтрами (отчёт, сфера, страна); число предупреждений каждого вида — в таблице выше.`,
  loading: 'Загрузка…',
} as const;

/* --- Countries pages --- */
export const countriesText = {
  title: 'Страны',
  subtitle: 'Страны-партнёры и регионы мира: число мероприятий и участие субъектов МСП',
  regionsTitle: 'Регионы мира',
  regionsNote: 'Мероприятие с несколькими странами одного региона учитывается в нём один раз.',
  byEventsTitle: 'Страны по числу мероприятий',
  bySmeTitle: 'Страны по участию субъектов МСП',
  bySmeNote: 'Сумма численности субъектов МСП в мероприятиях со страной; мероприятие с двумя странами учитывается у обеих.',
  tableTitle: 'Страны-партнёры',
  country: 'Страна',
  region: 'Регион мира',
  events: 'Мероприятия',
  venue: 'В т. ч. в этой стране',
  sme: 'Участия МСП',
  countryEventsTitle: (name: string) => `Мероприятия со страной: ${name}`,
  trendTitle: 'Мероприятия по кварталам',
  spheresTitle: 'Сферы сотрудничества',
  placesTitle: 'Места проведения',
  placesNote: 'Населённые пункты, где проходили мероприятия со страной.',
  back: '← Все страны',
} as const;

/* --- Spheres pages --- */
export const spheresText = {
  title: 'Сферы сотрудничества',
  subtitle: 'Мероприятия и участие субъектов МСП по сферам сотрудничества',
  byEventsTitle: 'Мероприятия по сферам',
  bySmeTitle: 'Участие субъектов МСП по сферам',
  tableTitle: 'Сферы',
  sphere: 'Сфера',
  events: 'Мероприятия',
  sme: 'Участия МСП',
  eventsWithSme: 'Мероприятия с МСП',
  trendTitle: 'Мероприятия по кварталам',
  countriesTitle: 'Страны-партнёры',
  placesTitle: 'Места проведения',
  eventsTitle: 'Мероприятия сферы',
  back: '← Все сферы',
} as const;

/* --- SME page --- */
export const smeText = {
  title: 'Участие субъектов МСП',
  subtitle: 'Субъекты малого и среднего предпринимательства в международных мероприятиях',
  byQuarterTitle: 'Участия МСП по кварталам',
  byCountryTitle: 'Участия МСП по странам',
  byCountryNote: 'Мероприятие с двумя странами учитывается у обеих.',
  byKindTitle: 'Участия МСП по видам мероприятий',
  eventsTitle: 'Мероприятия с участием субъектов МСП',
  seriesLabel: 'Участия МСП',
  seriesFullLabel: 'Участия субъектов МСП (сумма численности)',
} as const;

/* --- Active filter chips (app/_components/filters/ActiveFilters.tsx) --- */
export const activeFiltersText = {
  title: 'Активные фильтры',
  remove: (chip: string) => `Убрать фильтр «${chip}»`,
  search: 'Поиск',
  place: 'Место',
  has: 'Показатель',
  dateFrom: 'Даты с',
  dateTo: 'Даты по',
} as const;

export const flagLabels: Record<string, string> = {
  sme: 'С участием МСП',
  signed: 'Подписан документ',
  abroad: 'За рубежом',
  foreign: 'Известно число иностранных участников',
};

/* --- Events page --- */
export const eventsText = {
  title: 'Мероприятия',
  subtitle: 'Все мероприятия загруженных отчётов: сортировка по столбцам, поиск и фильтры',
  found: (n: number) => `Найдено ${n.toLocaleString('ru-RU')} ${plural(n, nouns.event)}`,
  shownFirst: (shown: number, total: number) => `показаны первые ${shown.toLocaleString('ru-RU')} из ${total.toLocaleString('ru-RU')}`,
  shownRange: (first: number, last: number, total: number) => `показаны ${first.toLocaleString('ru-RU')}–${last.toLocaleString('ru-RU')} из ${total.toLocaleString('ru-RU')}`,
  searchLabel: 'Поиск по названию, месту, цели и участникам',
  searchPlaceholder: 'Например: Минск, выставка, МСП',
  searchSubmit: 'Найти',
  searchClear: 'Очистить поиск',
  caption: 'Список мероприятий; нажмите на заголовок столбца, чтобы отсортировать',
  eventColumn: 'Мероприятие',
  dates: 'Сроки',
  places: 'Место',
  countries: 'Страны',
  sphere: 'Сфера',
  sme: 'Субъекты МСП',
  report: 'Отчёт, строка',
  sortAsc: 'по возрастанию',
  sortDesc: 'по убыванию',
  sortBy: (column: string) => `Сортировать: ${column}`,
  pages: 'Страницы списка',
  previous: '← Предыдущие',
  next: 'Следующие →',
  pageOf: (page: number, pages: number) => `Страница ${page} из ${pages}`,
  noMatch: 'Нет мероприятий, подходящих под условия',
} as const;

/* --- Event page --- */
export const eventText = {
  back: '← Все мероприятия',
  fieldsTitle: 'Сведения из отчёта',
  report: 'Отчёт',
  reportRow: (period: string, seq: number) => `${period}, строка ${seq}`,
  sphere: 'Сфера',
  dates: 'Сроки',
  precision: 'Точность даты',
  quarter: 'Квартал мероприятия',
  places: 'Место проведения',
  venues: 'Площадки',
  remote: 'Дистанционно',
  countries: 'Страны',
  roleVenue: 'площадка',
  rolePartner: 'партнёр',
  sme: 'Субъекты МСП',
  participantsTotal: 'Всего участников',
  foreignParticipants: 'Иностранных участников',
  audience: 'Зрителей, посетителей',
  agreementSigned: 'Подписан документ',
  excluded: 'Исключено из подсчёта',
  format: 'Формат',
  direction: 'Направление',
  kind: 'Вид мероприятия',
  coordinates: (lat: string, lon: string) => `${lat}, ${lon}`,
  none: '—',
  warningsTitle: 'Предупреждения импорта',
  noWarnings: 'Нет предупреждений: строка разобрана без замечаний.',
  sourceTitle: 'Текст строки отчёта',
  sourceColumns: {
    number: '№ п/п',
    title: 'Наименование мероприятия',
    place: 'Место проведения мероприятия',
    dates: 'Сроки проведения мероприятия',
    goal: 'Цель, содержание и результат мероприятия',
    participants: 'Участники мероприятия',
  },
  mapTitle: 'Место на карте',
  mapPlaceholder: 'Карта появится здесь',
  badId: 'Мероприятие не найдено',
} as const;

/* --- Corrections (event page, /quality, import preview) --- */
export const correctionText = {
  title: 'Исправления',
  note: 'Исправленное значение используется во всех показателях; значение из отчёта сохраняется.',
  marker: 'исправлено',
  parsed: (value: string) => `в отчёте: ${value}`,
  none: 'Исправлений нет.',
  formTitle: 'Исправить поле',
  field: 'Поле',
  value: 'Новое значение',
  valueHintCountries: 'Коды стран ISO через запятую, например BY, KZ',
  empty: '— не указано —',
  reason: 'Причина исправления',
  submit: 'Сохранить исправление',
  undo: 'Отменить',
  confirm: 'Применить',
  drop: 'Снять',
  at: 'Когда',
  user: 'Кто',
  change: 'Было → стало',
  why: 'Причина',
  state: 'Состояние',
  states: {
    active: 'действует',
    undone: 'отменено',
    superseded: 'заменено новым',
    orphaned: 'строка не найдена',
    conflict: 'значение в отчёте изменилось',
    dropped: 'снято',
  } as Record<string, string>,
  outcomes: {
    saved: 'Сохранено.',
    not_found: 'Мероприятие или исправление не найдено.',
    invalid_field: 'Это поле нельзя исправить.',
    invalid_value: 'Значение не подходит для этого поля.',
    no_reason: 'Укажите причину исправления.',
    unchanged: 'Значение не изменилось.',
    wrong_state: 'Исправление уже отменено или изменено.',
  } as Record<string, string>,
  fields: {
    sphere: 'Сфера',
    title: 'Название',
    startDate: 'Дата начала',
    endDate: 'Дата окончания',
    datePrecision: 'Точность даты',
    remote: 'Дистанционно',
    countries: 'Страны-партнёры',
    smeCount: 'Субъекты МСП',
    participantsTotal: 'Всего участников',
    foreignParticipants: 'Иностранных участников',
    audience: 'Зрителей, посетителей',
    agreementSigned: 'Подписан документ',
    kind: 'Вид мероприятия',
    format: 'Формат',
    direction: 'Направление',
    excluded: 'Исключено из подсчёта',
  } as Record<string, string>,
  excludedTitle: 'Исключённые из подсчёта мероприятия',
  excludedNote: 'Эти строки отчётов не входят ни в один показатель. «Отменить» возвращает строку в подсчёт.',
  excludedNone: 'Исключённых мероприятий нет.',
  pendingTitle: 'Исправления, которые требуют решения',
  pendingNote: 'Новая версия отчёта: строка не найдена, или значение в отчёте изменилось. Примените исправление или снимите его.',
  pendingNone: 'Все исправления применены.',
  row: (period: string, seq: number) => `${period}, строка ${seq}`,
  rowColumn: 'Отчёт, строка',
  previewTitle: 'Исправления аналитиков',
  previewMoved: (from: number, to: number) => `строка ${from} → ${to}`,
  previewRow: (seq: number) => `строка ${seq}`,
  previewCount: (n: number) => `${n} ${plural(n, ['исправление', 'исправления', 'исправлений'])}`,
} as const;

export const placeSourceLabels: Record<string, string> = {
  gazetteer: 'найдено в справочнике населённых пунктов',
  world: 'найдено в мировом справочнике населённых пунктов GeoNames',
  seat: 'указан орган власти — взят его административный центр',
  centroid: 'населённый пункт не найден — взят центр страны',
};

/* --- Data quality page --- */
export const qualityText = {
  title: 'Качество данных',
  subtitle: 'Что импорт не смог разобрать однозначно, и из каких отчётов взяты данные',
  countsTitle: 'Предупреждения по видам',
  code: 'Вид',
  warnings: 'Предупреждений',
  none: 'Предупреждений нет: все строки разобраны без замечаний.',
  listTitle: 'Предупреждения импорта',
  report: 'Отчёт',
  row: 'Строка',
  event: 'Мероприятие',
  kind: 'Вид',
  detail: 'Фрагмент отчёта',
  wholeReport: 'весь отчёт',
  reportsTitle: 'Загруженные отчёты',
  reportsNote: 'Все показатели панели построены на этих отчётах.',
  period: 'Период',
  sourceFile: 'Файл',
  importedAt: 'Загружен',
  events: 'Мероприятий',
  rowsRead: 'Строк таблицы',
  rowsSkipped: 'Пропущенные строки',
  noneSkipped: 'нет',
  total: (n: number) => `${n.toLocaleString('ru-RU')} ${plural(n, ['предупреждение', 'предупреждения', 'предупреждений'])}`,
} as const;

/* --- Report import page (/import) --- */
export const importText = {
  title: 'Загрузка отчёта',
  subtitle: 'Новый квартальный отчёт (.docx или .txt): сначала предпросмотр, потом сохранение',
  uploadTitle: 'Новый отчёт',
  forbidden: 'Загружать и удалять отчёты могут только администраторы.',
  dropLabel: 'Перетащите файл отчёта сюда или выберите его',
  chooseFile: 'Выбрать файл',
  fileInputLabel: 'Файл отчёта (.docx или .txt)',
  reading: 'Файл читается…',
  storing: 'Сохранение…',
  previewTitle: (period: string) => `Предпросмотр: отчёт за ${period}`,
  rowAccount: (rows: number, events: number, skipped: number) =>
    `Прочитано строк таблицы: ${rows.toLocaleString('ru-RU')} → ${events.toLocaleString('ru-RU')} ${plural(events, nouns.event)}, пропущено ${skipped.toLocaleString('ru-RU')}`,
  rowAccountParts: (headers: number, sections: number, summary: number, columnNumbers: number) =>
    `(шапка таблицы — ${headers}, разделы — ${sections}, итоговые строки — ${summary}${columnNumbers ? `, строки с номерами столбцов — ${columnNumbers}` : ''})`,
  skippedTitle: 'Пропущенные строки',
  skippedRow: (row: number) => `строка ${row}`,
  skipReasons: {
    before_header: 'над шапкой таблицы',
    empty: 'пустая строка',
    no_title: 'нет наименования мероприятия',
    continuation_note: 'пометка «продолжение таблицы»',
  } satisfies Record<SkipReason, string>,
  file: 'Файл',
  events: 'Мероприятий',
  bySphere: 'Мероприятия по сферам',
  sphere: 'Сфера',
  warningsTitle: 'Предупреждения',
  noWarnings: 'Предупреждений нет.',
  row: 'Строка',
  wholeReport: 'весь отчёт',
  kind: 'Вид',
  detail: 'Подробности',
  newPeriod: 'Отчёта за этот период ещё нет: он будет добавлен.',
  existing: (file: string, at: string, by: string) => `Отчёт за этот период уже загружен (${file}, ${at}, ${by}): он будет заменён.`,
  sameContent: 'Этот файл уже загружен: сохранение ничего не изменит.',
  diffTitle: 'Отличия от загруженного отчёта',
  added: 'Добавлены',
  removed: 'Удалены',
  changed: 'Изменены',
  unchanged: (n: number) => `Без изменений: ${n.toLocaleString('ru-RU')}`,
  noDiff: 'Мероприятия не изменились.',
  field: 'Поле',
  before: 'Было',
  after: 'Стало',
  confirm: 'Сохранить отчёт',
  cancel: 'Отмена',
  cancelled: 'Загрузка отменена: ничего не сохранено.',
  outcome: {
    created: (period: string, n: string) => `Отчёт за ${period} сохранён: ${n}.`,
    replaced: (period: string, n: string) => `Отчёт за ${period} заменён: ${n}.`,
    unchanged: (period: string) => `Отчёт за ${period} уже загружен в этом виде: ничего не изменилось.`,
  },
  tooLarge: (mb: number) => `Файл больше допустимых ${mb.toLocaleString('ru-RU')} МБ.`,
  errors: {
    no_file: 'Выберите файл отчёта.',
    bad_form: 'Не удалось получить файл: попробуйте ещё раз.',
    empty: 'Файл пуст.',
    not_a_report: 'Это не отчёт: нужен документ .docx (или текст в кодировке UTF-8 или Windows-1251) с таблицей мероприятий, в шапке которой есть столбцы «Наименование» и «Сроки» (или «Место и дата»).',
    no_period: 'В заголовке отчёта не найден период (квартал, полугодие, 9 месяцев или год).',
    unsupported_format: 'Файлы .doc, .rtf и .odt не читаются: откройте файл в Word или LibreOffice, сохраните как «Документ Word (.docx)» и загрузите его.',
    no_events: 'В отчёте не найдено ни одного мероприятия.',
    unreadable: 'Документ .docx повреждён или не читается.',
    changed_since_preview: 'Файл изменился после предпросмотра: загрузите его заново.',
    unauthenticated: 'Сеанс истёк: войдите снова.',
    forbidden: 'Недостаточно прав.',
    cross_site: 'Запрос отклонён.',
    not_found: 'Отчёт не найден.',
    server: 'Ошибка сервера: отчёт не сохранён, данные не изменились.',
  } as Record<string, string>,
  technical: 'Техническая причина',
  reportsTitle: 'Загруженные отчёты',
  period: 'Период',
  sourceFile: 'Файл',
  importedAt: 'Загружен',
  importedBy: 'Кем',
  commandLine: 'командная строка',
  eventCount: 'Мероприятий',
  actions: 'Действия',
  delete: 'Удалить',
  deleteConfirm: (period: string) => `Удалить отчёт за ${period} со всеми мероприятиями?`,
  deleteYes: 'Да, удалить',
  deleted: (period: string) => `Отчёт за ${period} удалён.`,
  noReports: 'Отчётов пока нет.',
  auditTitle: 'Журнал загрузок и удалений',
  auditAt: 'Время',
  auditUser: 'Пользователь',
  auditAction: 'Действие',
  auditActions: {
    import: 'загрузка',
    replace: 'замена',
    delete: 'удаление',
    correct: 'исправление',
    undo_correction: 'отмена исправления',
    confirm_correction: 'исправление подтверждено',
    drop_correction: 'исправление снято',
  } as Record<string, string>,
  auditEmpty: 'Журнал пуст.',
  fieldLabels: {
    seq: 'Номер строки',
    title: 'Наименование',
    sphere: 'Сфера',
    startDate: 'Начало',
    endDate: 'Окончание',
    places: 'Места',
    countries: 'Страны',
    smeCount: 'Субъекты МСП',
    participantsTotal: 'Всего участников',
    foreignParticipants: 'Иностранных участников',
    audience: 'Зрителей',
    format: 'Формат',
    direction: 'Направление',
    kind: 'Вид',
    agreementSigned: 'Подписан документ',
    remote: 'Дистанционно',
    goal: 'Цель и результат',
    participants: 'Участники',
  } as Record<string, string>,
  yes: 'да',
  no: 'нет',
  empty: '—',
} as const;

/* --- Sign-in and account --- */
export const authText = {
  loginTitle: 'Вход',
  loginSubtitle: 'Для сотрудников департамента',
  username: 'Имя пользователя',
  password: 'Пароль',
  submit: 'Войти',
  submitting: 'Вход…',
  login: 'Войти',
  logout: 'Выйти',
  importLink: 'Загрузка отчёта',
  account: 'Учётная запись',
  signedInAs: (name: string) => `Вы вошли как ${name}`,
  errors: {
    invalid_credentials: 'Неверное имя пользователя или пароль.',
    missing_credentials: 'Введите имя пользователя и пароль.',
    rate_limited: 'Слишком много неудачных попыток. Попробуйте через 15 минут.',
    cross_site: 'Запрос отклонён.',
    server: 'Ошибка сервера. Попробуйте ещё раз.',
  } as Record<string, string>,
  loginRequired: 'Для просмотра панели войдите в систему.',
} as const;

/* --- Exports: pictures, spreadsheets and presentations (app/_components/export, app/api/export) --- */
export const exportText = {
  menu: 'Скачать',
  png: 'Картинка PNG (слайд 16:9)',
  svg: 'Картинка SVG',
  xlsx: 'Данные XLSX (Excel)',
  csv: 'Данные CSV',
  pptx: 'Скачать презентацию (PowerPoint)',
  busy: 'Готовим файл…',
  done: 'Файл готов',
  failed: 'Не удалось подготовить файл',
  period: 'Период',
  report: 'Отчёт за',
  allReports: (periods: string) => `все загруженные отчёты (${periods})`,
  noReports: 'нет загруженных отчётов',
  quarter: (roman: string, year: number) => `${roman} квартал ${year} г.`,
  since: (quarter: string) => `с ${quarter}`,
  until: (quarter: string) => `по ${quarter}`,
  filters: 'Фильтры',
  noFilters: 'не выбраны',
  source: (periods: string[]) =>
    periods.length > 1
      ? `Источник: отчёты о мероприятиях в международной сфере, ${periods.join(', ')}`
      : `Источник: отчёт о мероприятиях в международной сфере${periods[0] ? `, ${periods[0]}` : ''}`,
  mapCredit: (attribution: string) => `Карта: ${attribution}`,
  deckTitle: 'Международная деятельность Смоленской области',
  tableSlideTitle: 'Мероприятия',
  more: (n: number) => `… и ещё ${n.toLocaleString('ru-RU')} ${plural(n, nouns.event)}`,
  andMore: (n: number) => `и ещё ${n}`,
  columns: {
    quarter: 'Квартал',
    total: 'Всего',
    country: 'Страна',
    region: 'Регион мира',
    events: 'Мероприятия',
    eventsAsVenue: 'В т. ч. в этой стране',
    countries: 'Страны',
    sphere: 'Сфера',
    sphereFull: 'Сфера (полное название)',
    sme: 'Участия МСП',
    eventsWithSme: 'Мероприятия с МСП',
    kind: 'Вид мероприятия',
    place: 'Населённый пункт',
    report: 'Отчёт',
    row: 'Строка',
    title: 'Мероприятие',
    start: 'Начало',
    end: 'Окончание',
    dates: 'Сроки',
    places: 'Места',
    smeCount: 'Субъекты МСП',
    format: 'Формат',
    number: '№',
  },
  errors: {
    unknownFigure: (figure: string, known: string) => `Неизвестный показатель «${figure}». Допустимые: ${known}.`,
    badFormat: (format: string) => `Неизвестный формат файла «${format}» (параметр file): допустимы xlsx и csv.`,
    badFilters: (names: string) => `Некорректные значения фильтров: ${names}.`,
  },
} as const;

export const twinsText = {
  title: 'Строки отчётов',
  note: 'Одно и то же мероприятие может повторяться в соседних отчётах; в показателях оно учитывается один раз, по самому новому отчёту.',
  thisRow: 'эта строка',
  shown: 'учитывается в показателях',
  superseded: 'повтор: учитывается строка более нового отчёта',
  row: (report: string, seq: number) => `${report}, строка ${seq}`,
  only: 'Мероприятие встречается только в одном отчёте.',
} as const;

export const duplicatesText = {
  title: 'Похожие строки внутри отчёта',
  note: 'Строки одного отчёта с близкими названиями и датами. Они не объединяются автоматически — проверьте, не одно ли это мероприятие, указанное дважды (например, в двух сферах).',
  none: 'Похожих строк не найдено.',
  first: 'Строка',
  second: 'Похожая строка',
  similarity: 'Сходство названий',
} as const;
