/** Russian grammar helpers: plural forms and the nouns counted across the UI. */

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
  /** After a word asking the genitive: "по данным 1 мероприятия", "по данным 5 мероприятий". */
  eventGenitive: ['мероприятия', 'мероприятий', 'мероприятий'],
  country: ['страна', 'страны', 'стран'],
  partnerCountry: ['страна-партнёр', 'страны-партнёра', 'стран-партнёров'],
  sme: ['субъект МСП', 'субъекта МСП', 'субъектов МСП'],
  smeParticipation: ['участие МСП', 'участия МСП', 'участий МСП'],
  participant: ['участник', 'участника', 'участников'],
  document: ['документ', 'документа', 'документов'],
  place: ['место', 'места', 'мест'],
  warning: ['предупреждение', 'предупреждения', 'предупреждений'],
  report: ['отчёт', 'отчёта', 'отчётов'],
  row: ['строка', 'строки', 'строк'],
  person: ['человек', 'человека', 'человек'],
} as const satisfies Record<string, PluralForms>;
