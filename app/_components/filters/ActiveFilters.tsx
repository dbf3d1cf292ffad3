import Link from 'next/link';
import type { Filters } from '@/lib/filters/filters';
import { activeFiltersText as t } from '@/lib/i18n/ru';
import type { FilterNames } from '@/lib/queries/options';
import { filterChips } from '@/lib/filters/chips';

interface Props {
  filters: Filters;
  names: FilterNames;
  /** The link that shows the page without one filter (keeps the page's own parameters). */
  hrefWithout: (filters: Filters) => string;
}

/** The active filters as chips, each with a link that removes it; nothing when no filter is set. */
export function ActiveFilters({ filters, names, hrefWithout }: Props) {
  const chips = filterChips(filters, names);
  if (chips.length === 0) return null;
  return (
    <section className="active-filters" aria-label={t.title} data-testid="active-filters">
      <ul>
        {chips.map((chip) => {
          const text = `${chip.label}: ${chip.value}`;
          return (
            <li key={chip.key} className={chip.unknown ? 'chip unknown' : 'chip'} data-testid="filter-chip">
              <span>{text}</span>
              <Link href={hrefWithout(chip.without)} aria-label={t.remove(text)} title={t.remove(text)} scroll={false}>
                ×
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
