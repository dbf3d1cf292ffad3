/** Overview page copy and the overview summary sentences. */

import { nouns, plural } from './grammar';

/* --- Overview page --- */
export const overviewText = {
  title: 'Обзор',
  subtitle: 'Ключевые показатели международной деятельности по загруженным отчётам',
  summaryTitle: 'Краткая сводка',
  copy: 'Копировать текст',
  copied: 'Скопировано',
  figureEvents: nouns.event,
  figurePartners: nouns.partnerCountry,
  figureSme: ['участие субъектов МСП', 'участия субъектов МСП', 'участий субъектов МСП'],
  figureEventsWithSme: ['мероприятие с участием МСП', 'мероприятия с участием МСП', 'мероприятий с участием МСП'],
  figureForeign: (participants: number, events: number) =>
    `${plural(participants, ['иностранный участник', 'иностранных участника', 'иностранных участников'])} (по данным ${events} ${plural(events, nouns.eventGenitive)})`,
  figureForeignInRegion: (events: number) =>
    `иностранных участников мероприятий в Смоленской области (по данным ${events} ${plural(events, nouns.eventGenitive)})`,
  figureForeignElsewhere: (events: number) =>
    `иностранных участников мероприятий за пределами области (по данным ${events} ${plural(events, nouns.eventGenitive)})`,
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
