/** Exports: pictures, spreadsheets, presentations, the deck dialog and the "справка". */

import { formatNumber } from '@/lib/format';
import { nouns, plural } from './grammar';

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
  /** `periods`: the reports' periods as a list (lib/periods/lists.ts), `count` of them. */
  source: (count: number, periods: string) =>
    count > 1 ? `Источник: отчёты о мероприятиях в международной сфере, ${periods}` : `Источник: отчёт о мероприятиях в международной сфере${periods ? `, ${periods}` : ''}`,
  mapCredit: (attribution: string) => `Карта: ${attribution}`,
  deckTitle: 'Международная деятельность Смоленской области',
  tableSlideTitle: 'Мероприятия',
  more: (n: number) => `… и ещё ${formatNumber(n)} ${plural(n, nouns.event)}`,
  /** Under the key-figures slide's title: the base of the tiles' changes. */
  tileChanges: (quarter: string) => `изменения к ${quarter}`,
  tileSame: '= без изменений',
  /** Tile labels shorter than the table's, so a tile holds them at 14 pt; "¹" points to tileFootnote. */
  tileLabels: {
    foreignInRegion: 'Иностранные участники в области¹',
    foreignElsewhere: 'Иностранные участники за пределами области¹',
  } as Record<string, string>,
  tileFootnote: '¹ По мероприятиям, для которых в отчёте указано число иностранных участников.',
  /** The events slides: "Основные мероприятия (1/2)". */
  pageOf: (title: string, page: number, pages: number) => (pages > 1 ? `${title} (${page}/${pages})` : title),
  /** The link line under the events slides. */
  allEvents: 'Все мероприятия:',
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
    /** Which bar of the chart a row is: its own, or the "прочие" bar that gathers it. */
    bar: 'Столбец на графике',
  },
  errors: {
    unknownFigure: (figure: string, known: string) => `Неизвестный показатель «${figure}». Допустимые: ${known}.`,
    badFormat: (format: string) => `Неизвестный формат файла «${format}» (параметр file): допустимы xlsx и csv.`,
    badFilters: (names: string) => `Некорректные значения фильтров: ${names}.`,
  },
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
    `${source.replace(/\.$/, '')}. В справке ${formatNumber(events)} ${plural(events, nouns.event)}; квартал мероприятия — квартал даты его начала; мероприятие, повторённое в нескольких отчётах, учтено один раз.`,
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
    `${bySme ? 'Мероприятия с наибольшим участием субъектов МСП' : 'Первые мероприятия по датам'}: ${shown} из ${formatNumber(total)}, по датам; полный список — на странице «Мероприятия».`,
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
