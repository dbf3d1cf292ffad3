/**
 * The active filters as readable chips ("Страна: Беларусь"), each with the filter set that remains
 * when it is removed. List filters give one chip per value.
 */
import { EMPTY_FILTERS, type Filters } from '@/lib/filters/filters';
import type { FilterNames } from '@/lib/queries/options';
import { activeFiltersText, directionLabels, filterLabels, flagLabels, formatLabels, kindLabels, regionLabels } from '@/lib/i18n/ru';
import { quarterShort, reportPeriodShort } from '@/lib/periods';

export interface FilterChip {
  key: string;
  label: string;
  value: string;
  without: Filters;
  /** The value matches nothing the data holds (an unknown country code, sphere or place). */
  unknown?: boolean;
}


type SingleKey = 'from' | 'to' | 'report' | 'dateFrom' | 'dateTo' | 'q' | 'place';
type ListKey = 'sphere' | 'country' | 'region' | 'format' | 'direction' | 'kind' | 'has';

const SINGLE_LABELS: Record<SingleKey, string> = {
  from: filterLabels.from,
  to: filterLabels.to,
  report: filterLabels.report,
  dateFrom: activeFiltersText.dateFrom,
  dateTo: activeFiltersText.dateTo,
  q: activeFiltersText.search,
  place: activeFiltersText.place,
};

const LIST_LABELS: Record<ListKey, string> = {
  sphere: filterLabels.sphere,
  country: filterLabels.country,
  region: filterLabels.region,
  format: filterLabels.format,
  direction: filterLabels.direction,
  kind: filterLabels.kind,
  has: activeFiltersText.has,
};

function singleValue(key: SingleKey, value: string, names: FilterNames): string | undefined {
  if (key === 'from' || key === 'to') return quarterShort(value);
  if (key === 'report') return reportPeriodShort(value);
  if (key === 'q') return `«${value}»`;
  if (key === 'place') return names.place;
  return value.split('-').reverse().join('.');
}

function listValue(key: ListKey, value: string, names: FilterNames): string | undefined {
  const labels: Record<ListKey, Record<string, string>> = {
    sphere: names.spheres,
    country: names.countries,
    region: regionLabels,
    format: formatLabels,
    direction: directionLabels,
    kind: kindLabels,
    has: flagLabels,
  };
  return labels[key][value];
}

export function filterChips(filters: Filters, names: FilterNames): FilterChip[] {
  const singles = (Object.keys(SINGLE_LABELS) as SingleKey[]).flatMap((key) => {
    const value = filters[key];
    if (!value) return [];
    const named = singleValue(key, value, names);
    return [{ key, label: SINGLE_LABELS[key], value: named ?? filterLabels.unknownValue(value), unknown: named === undefined, without: { ...filters, [key]: undefined } }];
  });
  const lists = (Object.keys(LIST_LABELS) as ListKey[]).flatMap((key) =>
    (filters[key] ?? []).map((value) => ({
      key: `${key}-${value}`,
      label: LIST_LABELS[key],
      value: listValue(key, value, names) ?? filterLabels.unknownValue(value),
      unknown: listValue(key, value, names) === undefined,
      without: { ...EMPTY_FILTERS, ...filters, [key]: (filters[key] ?? []).filter((other) => other !== value) },
    })),
  );
  return [...singles, ...lists];
}
