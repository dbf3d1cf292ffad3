import Link from 'next/link';
import { PlainList } from '@/app/_components/ui/PlainList';
import type { CountryChange } from '@/lib/compare/pairs';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { formatEventCount } from '@/lib/format';
import { compareText as t } from '@/lib/i18n/ru';

interface Props {
  countries: CountryChange[];
  /** Filters of period B (new countries) and of period A (countries that dropped out). */
  filtersA: Filters;
  filtersB: Filters;
}

/** Partner countries present in only one of the two periods. */
export function CountryShifts({ countries, filtersA, filtersB }: Props) {
  const lists = [
    { key: 'new', title: t.newCountries, items: countries.filter((c) => c.level === 'new'), events: (c: CountryChange) => c.b, filters: filtersB },
    { key: 'gone', title: t.goneCountries, items: countries.filter((c) => c.level === 'gone'), events: (c: CountryChange) => c.a, filters: filtersA },
  ];
  return (
    <div className="country-shifts">
      {lists.map((list) => (
        <section key={list.key} aria-label={list.title} data-testid={`cmp-${list.key}-countries`}>
          <h3>{list.title}</h3>
          <PlainList items={list.items} itemKey={(country) => country.code} empty={<p className="muted">{t.noCountries}</p>}>
            {(country) => (
              <>
                <Link href={hrefWith('/events', { ...list.filters, country: [country.code] })}>{country.nameRu}</Link>{' '}
                <span className="muted">— {formatEventCount(list.events(country))}</span>
              </>
            )}
          </PlainList>
        </section>
      ))}
    </div>
  );
}
