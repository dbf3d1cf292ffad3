/** Events list, event page, linked twins and possible duplicates. */

import { formatNumber } from '@/lib/format';
import { nouns, plural } from './grammar';

/* --- Events page --- */
export const eventsText = {
  title: 'Мероприятия',
  subtitle: 'Все мероприятия загруженных отчётов: сортировка по столбцам, поиск и фильтры',
  found: (n: number) => `Найдено ${formatNumber(n)} ${plural(n, nouns.event)}`,
  shownFirst: (shown: number, total: number) => `показаны первые ${formatNumber(shown)} из ${formatNumber(total)}`,
  shownRange: (first: number, last: number, total: number) => `показаны ${formatNumber(first)}–${formatNumber(last)} из ${formatNumber(total)}`,
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

export const twinsText = {
  title: 'Строки отчётов',
  note: 'Одно и то же мероприятие может повторяться в соседних отчётах; в показателях оно учитывается один раз, по самому новому отчёту.',
  thisRow: 'эта строка',
  shown: 'учитывается в показателях',
  superseded: 'повтор: учитывается строка более нового отчёта',
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
