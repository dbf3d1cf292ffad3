/** Country, sphere and SME pages. */

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
