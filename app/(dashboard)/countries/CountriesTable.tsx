import Link from 'next/link';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { formatNumber } from '@/lib/format';
import { countriesText as t, regionLabels } from '@/lib/i18n/ru';
import type { CountryCount } from '@/lib/queries/countries';

/** Every partner country with both rankings side by side; names open the country page. */
export function CountriesTable({ rows, filters }: { rows: CountryCount[]; filters: Filters }) {
  return (
    <div className="table-scroll">
      <table className="data" data-testid="countries-table">
        <caption className="visually-hidden">{t.tableTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.country}</th>
            <th scope="col">{t.region}</th>
            <th scope="col" className="num">{t.events}</th>
            <th scope="col" className="num">{t.venue}</th>
            <th scope="col" className="num">{t.sme}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} data-testid={`country-row-${row.code}`}>
              <td>
                <Link href={hrefWith(`/countries/${row.code}`, { ...filters, country: [] })}>{row.nameRu}</Link>
              </td>
              <td>{regionLabels[row.region]}</td>
              <td className="num">
                <Link href={hrefWith('/events', { ...filters, country: [row.code] })}>{formatNumber(row.events)}</Link>
              </td>
              <td className="num">{formatNumber(row.eventsAsVenue)}</td>
              <td className="num">{formatNumber(row.smeParticipations)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
