/**
 * Every Russian string of the UI, and the grammar helpers they need (plural forms; quarters and
 * report periods are worded in lib/periods/labels.ts).
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

/** Quarter and period labels live in lib/periods (labels.ts); re-exported for the importers that predate it. */
export { inQuarter, quarterLabel } from '@/lib/periods/labels';

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
  look_alikes_capped: 'Слишком много похожих строк: показана только часть',
  dates_not_continuous: 'Отдельные дни, а не непрерывный период',
  event_postponed: 'Мероприятие перенесено',
  event_cancelled: 'Мероприятие отменено',
  unknown_place: 'Место не определено',
  place_country_fallback: 'Населённый пункт не найден, взят центр страны',
  place_seat_assumed: 'Место определено по органу власти',
  place_from_world_data: 'Населённый пункт найден в мировом справочнике GeoNames (для сведения, проверьте)',
  row_shape: 'Строка таблицы нестандартной формы',
  unknown_sphere: 'Новая сфера сотрудничества',
};

/** Whether the event took place (lib/ingest/status.ts). */
export const statusLabels: Record<string, string> = {
  held: 'Проведено',
  postponed: 'Перенесено',
  cancelled: 'Отменено',
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
  chosen: (n: number) => `Выбрано: ${n}`,
  /** A value in the URL that matches nothing known: flagged, never shown as "Все". */
  unknownValue: (value: string) => `⚠ нет в данных: ${value}`,
  reset: 'Сбросить фильтры',
  ignored: 'Некорректные значения фильтров проигнорированы',
} as const;

/* --- Report coverage of quarters (lib/periods/coverage.ts): every quarter says whether its report is loaded --- */
export const coverageText = {
  notAvailable: 'н/д',
  noReport: 'нет отчёта',
  status: {
    report: 'отчёт загружен',
    partial: 'нет отчёта: только строки других отчётов',
    none: 'нет отчёта',
  } as Record<string, string>,
  /** "нет отчёта за III кв. 2025" */
  missing: (quarters: string) => `нет отчёта за ${quarters}`,
  /** A span with nothing loaded: said instead of "0 мероприятий". */
  nothingLoaded: (period: string) => `Нет загруженных отчётов за ${period}.`,
  nothingLoadedHint: 'Загрузите отчёт за этот период или выберите другой период.',
  /** A span without any report, but with rows other reports give for it. */
  unreported: (period: string, known: string, sources: string) =>
    `За ${period} отчёт не загружен: известно только ${known} из ${sources}. Это не итоги периода.`,
  /** A span where some quarters have their report and others do not. */
  incomplete: (missing: string, known: string) => `Данные неполные: ${missing}${known ? ` (учтены только ${known} из отчётов за другие периоды)` : ''}.`,
  /** "отчёта за IV кв. 2025", "отчётов за IV кв. 2025 и I кв. 2026" */
  sources: (reports: string[]) => `${reports.length > 1 ? 'отчётов' : 'отчёта'} ${reports.map((report) => `за ${report}`).join(' и ')}`,
  /** The mark of a quarter without its report in pickers: "III кв. 2025 — нет отчёта". */
  optionMark: (label: string) => `${label} — нет отчёта`,
  chartMissing: 'нет отчёта',
  /** After a period's label where its figures do not rest on reports: "III кв. 2025 (нет отчёта)". */
  labelMark: { incomplete: ' (неполные данные)', unreported: ' (нет отчёта)', empty: ' (нет отчёта)', complete: '' } as Record<string, string>,
  chartTooltipPartial: 'Нет отчёта за квартал: показаны только строки других отчётов, начавшиеся в этом квартале.',
  chartTooltipNone: 'Нет отчёта за квартал: данных нет (это не ноль).',
  legendMissing: 'Заштриховано — квартал без своего отчёта',
} as const;

/* --- A report's rows against the quarter of its events (lib/periods/describe.ts) --- */
export const reportLineText = {
  rows: ['строка', 'строки', 'строк'],
  reported: ['сообщённое', 'сообщённых', 'сообщённых'],
  stated: ['указанное', 'указанных', 'указанных'],
  undated: ['строка без даты', 'строки без даты', 'строк без даты'],
  late: 'с опозданием',
  early: 'заранее',
  /** "Отчёт за IV кв. 2025: 70 строк — 55 мероприятий октября–декабря и 15 сентябрьских, сообщённых с опозданием." */
  line: (report: string, rows: string, parts: string) => `Отчёт ${report}: ${rows} — ${parts}.`,
  and: 'и',
  /** "Мероприятия III кв. 2025: 4 — из отчёта за III кв. 2025, 15 — из отчёта за IV кв. 2025." */
  sources: (period: string, parts: string) => `Мероприятия ${period}: ${parts}.`,
  source: (events: string, report: string) => `${events} — из отчёта ${report}`,
  closingTitle: 'Итоговая строка отчёта',
  closing: (report: string) => `Из отчёта ${report}`,
  meaning: 'Квартал мероприятия — квартал даты его начала. Отчёт за квартал может включать мероприятия, начавшиеся раньше: они учтены в своём квартале, а в фильтре «Отчёт» показаны так, как указаны в отчёте.',
} as const;

/* --- Charts (app/_components/charts) --- */
export const chartText = {
  quarterAxis: 'Квартал (по дате начала)',
  eventsAxis: 'Мероприятия',
  smeAxis: 'Участия МСП',
  quarterTotal: 'Всего за квартал',
  clickHint: 'Нажмите на столбец, чтобы открыть список мероприятий.',
  loading: 'Загрузка графика…',
  otherSpheres: 'Прочие сферы',
  other: 'Прочие',
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
  figureForeignInRegion: (events: number) =>
    `иностранных участников мероприятий в Смоленской области (по данным ${events} ${plural(events, ['мероприятия', 'мероприятий', 'мероприятий'])})`,
  figureForeignElsewhere: (events: number) =>
    `иностранных участников мероприятий за пределами области (по данным ${events} ${plural(events, ['мероприятия', 'мероприятий', 'мероприятий'])})`,
  figureSmeShare: 'доля мероприятий с участием МСП',
  /** "▲ 36 (+189 %) к III кв. 2025" */
  delta: (arrow: string, diff: string, percent: string, base: string) => `${arrow} ${diff}${percent ? ` (${percent})` : ''} к ${base}`,
  deltaPoints: (arrow: string, diff: string, base: string) => `${arrow} ${diff} п. п. к ${base}`,
  same: (base: string) => `= к ${base}`,
  noPrevious: (missing: string) => `Изменение к предыдущему кварталу не показано: ${missing}.`,
  noYearEarlier: (period: string) => `Изменение к тому же периоду прошлого года не показано: ${period}.`,
  periodPicker: 'Период обзора',
  quarter: 'Квартал',
  year: 'Год',
  yearLabel: (year: number) => `${year} год`,
  yearToDate: (year: number) => `С начала ${year} года`,
  allReports: 'Все загруженные отчёты',
  chooseYear: '— год —',
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
  filtered: 'с учётом выбранных фильтров',
  held: 'проведено',
  /** A report's rows as stated: some may have started before its quarter. */
  stated: 'указано',
  inReport: (period: string) => `в отчёте ${period}`,
  noEvents: 'мероприятий не найдено.',
  inSpheres: ['сфере сотрудничества', 'сферах сотрудничества', 'сферах сотрудничества'],
  partners: 'основные страны-партнёры',
  partnersTotal: (n: string) => `всего стран-партнёров — ${n}`,
  more: (diff: string, base: string, baseValue: string) => `на ${diff} больше, чем ${base} (${baseValue})`,
  fewer: (diff: string, base: string, baseValue: string) => `на ${diff} меньше, чем ${base} (${baseValue})`,
  same: (base: string) => `столько же, сколько ${base}`,
  noBaseline: (missing: string) => `сравнить с предыдущим кварталом нельзя: ${missing}`,
  smeShare: (events: string, total: string, share: string, participations: string) => `субъекты МСП участвовали в ${events} из ${total} (${share}), участий — ${participations}`,
  documentsLower: 'подписано документов',
  foreignInRegion: (n: string, events: string) => `иностранных участников на мероприятиях в области — ${n} (по данным ${events})`,
  foreignElsewhere: (n: string, events: string) => `на мероприятиях за её пределами — ${n} (по данным ${events})`,
  abroadLower: 'за рубежом проведено мероприятий',
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

/* --- The scope of a summary's claims (lib/summary/scope.ts): every sentence names it --- */
export const scopeText = {
  among: 'среди мероприятий',
  or: 'или',
  country: (names: string) => `с ${names}`,
  region: (names: string) => `со странами региона ${names}`,
  sphere: (n: number, names: string) => `${n > 1 ? 'в сферах' : 'в сфере'} ${names}`,
  kind: (names: string) => `вида ${names}`,
  format: (names: string) => `в формате ${names}`,
  direction: (names: string) => `с направлением ${names}`,
  flag: (label: string) => `с отметкой «${label}»`,
  place: (name: string) => `в месте «${name}»`,
  search: (query: string) => `по запросу «${query}»`,
  dates: (from: string, to: string) => [from && `с ${from}`, to && `по ${to}`].filter(Boolean).join(' '),
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
    foreignInRegion: 'Иностранные участники мероприятий в области (где указано)',
    foreignElsewhere: 'Иностранные участники мероприятий за пределами области (где указано)',
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
  levelsNote: (large: number, largeRatio: string, floor: number, ratio: string) =>
    `Одно правило для роста и снижения: сильное изменение — не меньше чем на ${large} ${plural(large, nouns.event)}, и большее из двух чисел не меньше меньшего в ${largeRatio} раза; умеренное — не меньше чем на ${floor} ${plural(floor, nouns.event)} и в ${ratio} раза; иначе — мало изменилось. Так рост с 1 до 4 мероприятий не выглядит как «+300 %».`,
  levelsCaption: 'Число мероприятий со страной в двух периодах и уровень изменения',
  country: 'Страна',
  level: 'Уровень',
  levels: {
    'large-increase': 'Сильный рост',
    'moderate-increase': 'Умеренный рост',
    'little-change': 'Мало изменилось',
    'moderate-decrease': 'Умеренное снижение',
    'large-decrease': 'Сильное снижение',
    new: 'Новая страна',
    gone: 'Выбыла',
    unknown: 'Н/д: нет отчёта',
  } as Record<string, string>,
  mapTitle: 'Карта изменений',
  mapNote: 'Цвет страны — уровень изменения числа мероприятий. Нажмите на страну, чтобы открыть её мероприятия за оба периода.',
  mapLegend: 'Уровень изменения',
  mapTooltip: (a: string, b: string, level: string) => `A: ${a} → B: ${b} (${level.toLowerCase()})`,
  yoyTitle: 'Тот же период годом раньше',
  yoyCaption: 'Период B и тот же период предыдущего года',
  yoyMissing: (period: string) => `Сравнение с тем же периодом прошлого года недоступно: нет загруженных отчётов за ${period}.`,
  singleTitle: 'Показатели периода',
  single: (period: string) => `Загружен отчёт только за ${period}: сравнивать не с чем. Выберите период A или загрузите отчёт за другой квартал.`,
  singleBefore: (period: string) => `Нет квартала с загруженным отчётом раньше ${period}: выберите период A, чтобы сравнить.`,
  noA: '— не выбран —',
  notComparable: (missing: string) => `Внимание: ${missing}. Изменения не вычисляются, выводы о росте или снижении по этим данным делать нельзя.`,
  levelNote: 'Уровни не определяются: у одного из периодов нет отчёта.',
  shiftsNotComparable: 'Не определяются: у одного из периодов нет отчёта.',
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
  nothingLoaded: (period: string) => `Нет загруженных отчётов за ${period}: сводку составить не из чего.`,
  known: 'известно',
  knownIn: (a: string, events: string) => `${a} известно ${events}`,
  notComparable: 'сравнивать нельзя',
  noComparison: 'сравнивать не с чем: нет загруженного отчёта за предыдущий период',
  noCountryChanges: 'Изменения по странам-партнёрам не определяются',
  newCountries: (a: string) => `Страны-партнёры, которых не было ${a}`,
  goneCountries: (b: string) => `${b} не было мероприятий со странами`,
  largeChanges: 'Сильнее всего изменилось число мероприятий со странами',
  rises: 'рост',
  falls: 'снижение',
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
  report: 'Отчёт, строка',
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

/* --- An empty result names the filter that emptied it (app/_components/filters/EmptyResult.tsx) --- */
export const emptyResultText = {
  without: (filter: string, events: string) => `Без фильтра «${filter}» — ${events}.`,
  drop: (filter: string) => `Убрать «${filter}»`,
  none: 'Ни один фильтр по отдельности не возвращает мероприятий.',
  reset: 'Сбросить все фильтры',
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
  reportRow: (report: string, seq: number) => `${report}, стр. ${seq}`,
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
  backFiltered: '← К списку мероприятий с теми же фильтрами',
  fieldsTitle: 'Сведения из отчёта',
  report: 'Отчёт',
  reportRow: (period: string, seq: number) => `${period}, строка ${seq}`,
  sphere: 'Сфера',
  status: 'Статус',
  notHeldNote: 'Не входит ни в один показатель «проведено»; даты не сохраняются.',
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
  delegationSize: 'Делегация Смоленской области, человек',
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
    delegationSize: 'Делегация области, человек',
    audience: 'Зрителей, посетителей',
    agreementSigned: 'Подписан документ',
    kind: 'Вид мероприятия',
    format: 'Формат',
    direction: 'Направление',
    status: 'Статус (проведено, перенесено, отменено)',
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
  rowsByDate: 'Строки по дате начала',
  allInPeriod: 'все строки — в периоде отчёта',
  closing: 'Итоговая строка отчёта',
  total: (n: number) => `${n.toLocaleString('ru-RU')} ${plural(n, ['предупреждение', 'предупреждения', 'предупреждений'])}`,
  notHeldTitle: 'Перенесённые и отменённые мероприятия',
  notHeldNote: 'Строки отчётов, которые не входят ни в один показатель «проведено»',
  notHeldNone: 'Перенесённых и отменённых мероприятий нет.',
  status: 'Статус',
  datesCell: 'Графа «Сроки» в отчёте',
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
    stale_preview: 'Пока открыт предпросмотр, отчёт за этот период сохранил другой пользователь. Ничего не сохранено: загрузите файл заново и проверьте изменения.',
    unauthenticated: 'Сеанс истёк: войдите снова.',
    forbidden: 'Недостаточно прав.',
    cross_site: 'Запрос отклонён.',
    not_found: 'Отчёт не найден.',
    server: 'Ошибка сервера: отчёт не сохранён, данные не изменились.',
    db_readonly: 'База данных открыта только для чтения: изменения не сохранены, данные не изменились. Обратитесь к администратору сервера.',
    disk_full: 'На диске сервера закончилось место: изменения не сохранены, данные не изменились. Обратитесь к администратору сервера.',
    db_io: 'Ошибка записи в базу данных: изменения не сохранены, данные не изменились. Обратитесь к администратору сервера.',
    db_busy: 'База данных занята другим процессом: изменения не сохранены. Попробуйте ещё раз через минуту.',
  } as Record<string, string>,
  technical: 'Техническая причина',
  storage: {
    title: 'Место на диске',
    database: 'База данных',
    wal: 'журнал WAL',
    free: 'Свободно на диске',
    of: 'из',
    low: 'На диске мало места: загрузки и удаления могут не сохраниться. Освободите место или перенесите базу данных.',
  },
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
    delegationSize: 'Делегация области',
    status: 'Статус',
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
  /** The logout button ends every session of the user (lib/auth/session-user.ts). */
  logoutEverywhere: 'Выйти на всех устройствах',
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
  /** Added to an export's subtitle when its period has quarters without their report. */
  coverageWarning: (missing: string) => `внимание: ${missing}, изменения не вычислялись`,
  coverageNote: (missing: string) => `внимание: ${missing}`,
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
    coverage: 'Отчёт за квартал',
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
    reportRow: 'Отчёт, строка',
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

/* --- Error pages and the skip link (app/not-found.tsx, app/error.tsx, app/global-error.tsx) --- */
export const errorText = {
  skipLink: 'Перейти к содержанию',
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'Такой страницы нет: возможно, ссылка устарела или в адресе опечатка.',
  serverErrorTitle: 'Ошибка на сервере',
  serverErrorText: 'Страницу не удалось построить. Попробуйте ещё раз; если ошибка повторится, сообщите администратору.',
  forbiddenTitle: 'Доступ запрещён',
  retry: 'Повторить',
  home: 'На главную',
  code: (digest: string) => `Код ошибки: ${digest}`,
} as const;

/* --- The "справка" for print and Word (app/brief, lib/brief) --- */
export const briefText = {
  title: 'Справка о международной деятельности Смоленской области',
  region: 'Смоленская область',
  link: 'Справка для печати и Word',
  period: 'Период',
  prepared: 'Дата подготовки',
  coverage: 'Охват данных',
  coverageNote: (source: string, events: number) =>
    `${source.replace(/\.$/, '')}. В справке ${events.toLocaleString('ru-RU')} ${plural(events, nouns.event)}; квартал мероприятия — квартал даты его начала; мероприятие, повторённое в нескольких отчётах, учтено один раз.`,
  noPrevious: (quarter: string) => `Изменения не приводятся: отчёта за ${quarter} в базе нет.`,
  changeAgainst: (quarter: string) => `Изменение к ${quarter}`,
  allPeriod: 'Изменения приводятся, когда выбран один квартал и отчёт за предыдущий квартал загружен.',
  figuresTitle: 'Ключевые показатели',
  summaryTitle: 'Краткие выводы',
  countriesTitle: 'Страны-партнёры: 10 основных по числу мероприятий',
  spheresTitle: 'Мероприятия по сферам сотрудничества',
  mapTitle: 'География мероприятий',
  eventsTitle: 'Основные мероприятия',
  eventsNote: (shown: number, total: number, bySme: boolean) =>
    `${bySme ? 'Мероприятия с наибольшим участием субъектов МСП' : 'Первые мероприятия по датам'}: ${shown} из ${total.toLocaleString('ru-RU')}, по датам; полный список — на странице «Мероприятия».`,
  columns: { dates: 'Сроки', title: 'Мероприятие', sphere: 'Сфера', countries: 'Страны', sme: 'МСП' },
  value: 'Значение',
  print: 'Печать',
  docx: 'Скачать в Word (.docx)',
  busy: 'Готовим документ…',
  failed: 'Не удалось подготовить документ',
  back: 'Вернуться к обзору',
  toolbar: 'Действия со справкой',
  empty: 'Для выбранных условий мероприятий нет.',
} as const;

/* --- Phones: the filter panel as a sheet (app/_components/filters/FilterPanel.tsx) --- */
export const phoneText = {
  filters: (n: number) => (n > 0 ? `Фильтры (${n})` : 'Фильтры'),
  close: 'Готово',
} as const;

/* --- The deck dialog (app/_components/export/DeckDialog.tsx) --- */
export const deckText = {
  dialogTitle: 'Презентация PowerPoint',
  slides: 'Слайды',
  titleSlide: 'Титульный слайд (всегда)',
  keyFigures: 'Ключевые показатели',
  events: 'Мероприятия (таблица)',
  ratio: 'Формат слайдов',
  wide: '16:9 (широкий экран)',
  standard: '4:3 (старый проектор)',
  download: 'Скачать',
  cancel: 'Отмена',
} as const;
