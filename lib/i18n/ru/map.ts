/** Map page and the <EventsMap> shown on every page that has one. */

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
