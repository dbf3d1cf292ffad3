/**
 * What a summary's claims are about: the filters other than the period, said as a phrase every
 * sentence can carry ("среди мероприятий с Узбекистаном в сфере «Экономика»"), so a sentence copied
 * alone still names its scope. Country names take the instrumental case from the gazetteer's
 * name forms (data/gazetteer/country-names.ru.json); abbreviations (КНР, ОАЭ) do not decline.
 */
import countryNames from '@/data/gazetteer/country-names.ru.json';
import type { Filters } from '@/lib/filters/filters';
import { directionLabels, flagLabels, formatLabels, kindLabels, regionLabels, scopeText as t } from '@/lib/i18n/ru';

/** Display names of the chosen codes (lib/queries/options.ts getFilterNames). */
export interface ScopeNames {
  spheres: Record<string, string>;
  countries: Record<string, string>;
  place?: string;
}

const FORMS = countryNames as Record<string, { names?: string[] }>;
const INSTRUMENTAL = /(ом|ем|ём|ой|ей|ью|ами|ями)$/u;

/** "Беларусь" → "Беларусью", "Узбекистан" → "Узбекистаном", "КНР" → "КНР". */
export function countryInstrumental(code: string, nameRu: string): string {
  if (/^[А-ЯЁ]{2,}$/u.test(nameRu)) return nameRu;
  const words = nameRu.split(' ');
  const first = words[0] ?? nameRu;
  const stem = first.slice(0, Math.max(3, first.length - 2));
  const form = (FORMS[code]?.names ?? []).find(
    (name) => name !== nameRu && name.split(' ').length === words.length && name.startsWith(stem) && INSTRUMENTAL.test(name),
  );
  return form ?? nameRu;
}

const quoted = (values: string[]) => values.map((value) => `«${value}»`).join(', ');
const anyOf = (values: string[]) => (values.length > 1 ? `${values.slice(0, -1).join(', ')} ${t.or} ${values.at(-1)}` : (values[0] ?? ''));

/** "среди мероприятий с Узбекистаном в сфере «Экономика»"; empty when no filter other than the period is active. */
export function scopePhrase(filters: Filters, names: ScopeNames): string {
  const parts = [
    filters.country.length > 0 ? t.country(anyOf(filters.country.map((code) => countryInstrumental(code, names.countries[code] ?? code)))) : '',
    filters.region.length > 0 ? t.region(quoted(filters.region.map((region) => regionLabels[region]))) : '',
    filters.sphere.length > 0 ? t.sphere(filters.sphere.length, quoted(filters.sphere.map((slug) => names.spheres[slug] ?? slug))) : '',
    filters.kind.length > 0 ? t.kind(quoted(filters.kind.map((kind) => kindLabels[kind]))) : '',
    filters.format.length > 0 ? t.format(quoted(filters.format.map((format) => formatLabels[format]))) : '',
    filters.direction.length > 0 ? t.direction(quoted(filters.direction.map((direction) => directionLabels[direction]))) : '',
    ...(filters.has ?? []).map((flag) => t.flag(flagLabels[flag])),
    filters.place ? t.place(names.place ?? filters.place) : '',
    filters.q ? t.search(filters.q) : '',
    filters.dateFrom || filters.dateTo ? t.dates(isoToRu(filters.dateFrom), isoToRu(filters.dateTo)) : '',
  ].filter(Boolean);
  return parts.length > 0 ? `${t.among} ${parts.join(' ')}` : '';
}

/** A single value in a list filter: a ranking along that dimension would only repeat the filter. */
export function singleValued(filters: Filters): { country: boolean; sphere: boolean } {
  return { country: filters.country.length === 1, sphere: filters.sphere.length === 1 };
}

function isoToRu(date: string | undefined): string {
  return date ? date.split('-').reverse().join('.') : '';
}
