import Link from 'next/link';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { formatNumber } from '@/lib/format';
import { spheresText as t } from '@/lib/i18n/ru';
import type { SphereCount } from '@/lib/queries/spheres';

/** Every sphere with events, under its full header from the report; names open the sphere page. */
export function SpheresTable({ rows, filters }: { rows: SphereCount[]; filters: Filters }) {
  return (
    <div className="table-scroll">
      <table className="data" data-testid="spheres-table">
        <caption className="visually-hidden">{t.tableTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.sphere}</th>
            <th scope="col" className="num">{t.events}</th>
            <th scope="col" className="num">{t.sme}</th>
            <th scope="col" className="num">{t.eventsWithSme}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug} data-testid={`sphere-row-${row.slug}`}>
              <td>
                <Link href={hrefWith(`/spheres/${row.slug}`, { ...filters, sphere: [] })}>{row.name}</Link>
              </td>
              <td className="num">
                <Link href={hrefWith('/events', { ...filters, sphere: [row.slug] })}>{formatNumber(row.events)}</Link>
              </td>
              <td className="num">{formatNumber(row.smeParticipations)}</td>
              <td className="num">{formatNumber(row.eventsWithSme)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
