/** Russian labels of the vocabularies of lib/vocabulary.ts: one label per value, checked by the type. */

import type {
  DatePrecision,
  Direction,
  EventFormat,
  EventKind,
  EventStatus,
  Flag,
  PlaceSource,
  RegionGroup,
  StoredWarningCode,
} from '@/lib/vocabulary';

export const kindLabels: Record<EventKind, string> = {
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

export const formatLabels: Record<EventFormat, string> = {
  in_person: 'Очно',
  remote: 'Дистанционно',
  hybrid: 'Смешанный формат',
};

export const directionLabels: Record<Direction, string> = {
  outbound: 'Выезд за пределы области',
  inbound: 'Приём иностранной делегации',
  hosted: 'Международное мероприятие в области',
};

export const regionLabels: Record<RegionGroup, string> = {
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

export const warningLabels: Record<StoredWarningCode, string> = {
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
export const statusLabels: Record<EventStatus, string> = {
  held: 'Проведено',
  postponed: 'Перенесено',
  cancelled: 'Отменено',
};

export const precisionLabels: Record<DatePrecision, string> = {
  day: 'точная дата',
  month: 'с точностью до месяца',
  quarter: 'с точностью до квартала',
  year: 'с точностью до года',
};

export const flagLabels: Record<Flag, string> = {
  sme: 'С участием МСП',
  signed: 'Подписан документ',
  abroad: 'За рубежом',
  foreign: 'Известно число иностранных участников',
};

export const placeSourceLabels: Record<PlaceSource, string> = {
  gazetteer: 'найдено в справочнике населённых пунктов',
  world: 'найдено в мировом справочнике населённых пунктов GeoNames',
  seat: 'указан орган власти — взят его административный центр',
  centroid: 'населённый пункт не найден — взят центр страны',
  alias: 'место указано аналитиком',
};
