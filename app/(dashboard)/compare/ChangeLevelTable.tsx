import Link from 'next/link';
import { type Column, DataTable } from '@/app/_components/tables/DataTable';
import { levelColor } from '@/lib/compare/colors';
import type { CountryChange } from '@/lib/compare/pairs';
import { SIDES, type Side } from '@/lib/filters/compare';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { formatNumber } from '@/lib/format';
import { compareText as t, coverageText } from '@/lib/i18n/ru';
import { formatChange } from '@/lib/compare/change-format';

interface Props {
  countries: CountryChange[];
  periodLabels: Record<Side, string>;
  /** Filters of both periods: a country opens its events of A and B. */
  filters: Filters;
}

/** Every partner country of either period: both counts, the change, and its level. */
export function ChangeLevelTable({ countries, periodLabels, filters }: Props) {
  return (
    <DataTable
      rows={countries} rowKey={(country) => country.code} rowProps={(country) => ({ 'data-testid': `cmp-country-${country.code}` })}
      caption={t.levelsCaption} scroll={{ className: 'compare-levels' }}
      columns={[
        { header: t.country, rowHeader: true, cell: (country) => <Link href={hrefWith('/events', { ...filters, country: [country.code] })}>{country.nameRu}</Link> },
        ...SIDES.map((side): Column<CountryChange> => ({ header: periodLabels[side], numeric: true, cell: (country) => formatNumber(country[side]) })),
        { header: t.change, numeric: true, cell: (country) => (country.level === 'unknown' ? coverageText.notAvailable : formatChange(country.b - country.a)) },
        {
          header: t.level,
          className: 'nowrap',
          cell: (country) => (
            <>
              <span className="legend-swatch square" style={{ background: levelColor(country.level) }} aria-hidden="true" />
              {t.levels[country.level]}
            </>
          ),
        },
      ]}
    />
  );
}
