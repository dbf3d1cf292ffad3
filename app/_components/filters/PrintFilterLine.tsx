'use client';

import { useSearchParams } from 'next/navigation';
import { parseFilters } from '@/lib/filters/filters';
import { exportText } from '@/lib/i18n/ru';
import type { FilterOptions } from '@/lib/queries/options';
import { filterChips } from '@/lib/filters/chips';

/** On paper the filter bar becomes one line of text: "Фильтры: Сфера: Туризм; Страна: Беларусь". */
export function PrintFilterLine({ options }: { options: FilterOptions }) {
  const params = useSearchParams();
  const { filters } = parseFilters(new URLSearchParams(params.toString()));
  const names = {
    spheres: Object.fromEntries(options.spheres.map((sphere) => [sphere.slug, sphere.shortLabel])),
    countries: Object.fromEntries(options.countries.map((country) => [country.code, country.nameRu])),
  };
  const chips = filterChips(filters, names);
  const text = chips.length > 0 ? chips.map((chip) => `${chip.label}: ${chip.value}`).join('; ') : exportText.noFilters;
  return (
    <p className="print-only print-filters">
      {exportText.filters}: {text}
    </p>
  );
}
