/** Copy shared by every page: navigation, filters, coverage, charts, empty results, list limits, errors. */

import { formatNumber } from '@/lib/format';
import { nouns, plural } from './grammar';

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

export const common = {
  yes: 'Да',
  no: 'Нет',
  notStated: 'не указано',
  /** The first `limit` names and how many more: "Сербия, Индия и ещё 12". */
  someOf: (names: string[], limit: number) => {
    const shown = names.slice(0, limit).join(', ');
    return names.length > limit ? `${shown} и ещё ${formatNumber(names.length - limit)}` : shown;
  },
  /** Under a list cut short: "и ещё 12". */
  andMore: (n: number) => `и ещё ${formatNumber(n)}`,
  empty: 'Нет данных для выбранных условий',
  emptyHint: 'Измените или сбросьте фильтры.',
  source: 'Источник: отчёт о мероприятиях в международной сфере',
  reports: 'Загруженные отчёты',
  noReports: 'В базе нет отчётов. Загрузите отчёт командой npm run ingest.',
  /** A row of a report: "IV квартал 2025, строка 12". */
  reportRow: (period: string, seq: number) => `${period}, строка ${seq}`,
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
  rows: nouns.row,
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
  /** The bar that gathers the categories beyond the chart's first ones: "Прочие (7)". */
  otherBar: (rest: number) => `Прочие (${formatNumber(rest)})`,
  /** Its tooltip: every category it gathers. */
  otherFull: (names: string[]) => `Прочие: ${names.join(', ')}`,
  /** Under a chart cut to its first bars. */
  topNote: (shown: number, total: number) => `${chartText.cutNote(shown, total)} Полный список — в выгрузке XLSX и CSV.`,
  /** The same on paper (the справка), which has no downloads to point to. */
  cutNote: (shown: number, total: number) => `Показаны ${formatNumber(shown)} крупнейших из ${formatNumber(total)}; «Прочие (${formatNumber(total - shown)})» — сумма остальных.`,
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

export const listLimitText = {
  /** Followed by the link: "Показаны первые 200 из 12 345 — все мероприятия". */
  shownFirst: (shown: number, total: number) => `Показаны первые ${formatNumber(shown)} из ${formatNumber(total)} — `,
  allEvents: 'все мероприятия',
  placesShown: (shown: number, total: number) => `Показано ${formatNumber(shown)} ${plural(shown, nouns.place)} (из ${formatNumber(total)}), где мероприятий больше всего — `,
  allPlaces: 'все места на карте',
  placesTableShown: (shown: number, total: number) =>
    `Показано ${formatNumber(shown)} ${plural(shown, nouns.place)} (из ${formatNumber(total)}), где мероприятий больше всего; все места — в выгрузке XLSX или CSV (кнопка «Скачать»).`,
  warningsShown: (shown: number, total: number) =>
    `Показаны первые ${formatNumber(shown)} ${plural(shown, nouns.warning)} из ${formatNumber(total)}: сузьте выбор фильтрами (отчёт, сфера, страна); число предупреждений каждого вида — в таблице выше.`,
  loading: 'Загрузка…',
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

/* --- Phones: the filter panel as a sheet (app/_components/filters/FilterPanel.tsx) --- */
export const phoneText = {
  filters: (n: number) => (n > 0 ? `Фильтры (${n})` : 'Фильтры'),
  close: 'Готово',
} as const;
