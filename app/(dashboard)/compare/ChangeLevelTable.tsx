import Link from 'next/link';
import { levelColor } from '@/lib/compare/colors';
import type { CountryChange } from '@/lib/compare/pairs';
import { SIDES, type Side } from '@/lib/filters/compare';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { formatNumber } from '@/lib/format';
import { compareText as t, coverageText } from '@/lib/i18n/ru';
import { formatChange } from './change-format';

interface Props {
  countries: CountryChange[];
  periodLabels: Record<Side, string>;
  /** Filters of both periods: a country opens its events of A and B. */
  filters: Filters;
}

/** Every partner country of either period: both counts, the change, and its level. */
export function ChangeLevelTable({ countries, periodLabels, filters }: Props) {
  return (
    <div className="table-scroll compare-levels">
      <table className="data">
        <caption className="visually-hidden">{t.levelsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.country}</th>
            {SIDES.map((side) => (
              <th key={side} scope="col" className="num">
                {periodLabels[side]}
              </th>
            ))}
            <th scope="col" className="num">{t.change}</th>
            <th scope="col">{t.level}</th>
          </tr>
        </thead>
        <tbody>
          {countries.map((country) => (
            <tr key={country.code} data-testid={`cmp-country-${country.code}`}>
              <th scope="row">
                <Link href={hrefWith('/events', { ...filters, country: [country.code] })}>{country.nameRu}</Link>
              </th>
              <td className="num">{formatNumber(country.a)}</td>
              <td className="num">{formatNumber(country.b)}</td>
              <td className="num">{country.level === 'unknown' ? coverageText.notAvailable : formatChange(country.b - country.a)}</td>
              <td className="nowrap">
                <span className="legend-swatch square" style={{ background: levelColor(country.level) }} aria-hidden="true" />
                {t.levels[country.level]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
