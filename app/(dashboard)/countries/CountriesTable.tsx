import Link from 'next/link';
import { DataTable } from '@/app/_components/tables/DataTable';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { formatNumber } from '@/lib/format';
import { countriesText as t, regionLabels } from '@/lib/i18n/ru';
import type { CountryCount } from '@/lib/queries/countries';

/** Every partner country with both rankings side by side; names open the country page. */
export function CountriesTable({ rows, filters }: { rows: CountryCount[]; filters: Filters }) {
  return (
    <DataTable
      rows={rows} rowKey={(row) => row.code} rowProps={(row) => ({ 'data-testid': `country-row-${row.code}` })}
      caption={t.tableTitle} testId="countries-table" scroll
      columns={[
        { header: t.country, cell: (row) => <Link href={hrefWith(`/countries/${row.code}`, { ...filters, country: [] })}>{row.nameRu}</Link> },
        { header: t.region, cell: (row) => regionLabels[row.region] },
        { header: t.events, numeric: true, cell: (row) => <Link href={hrefWith('/events', { ...filters, country: [row.code] })}>{formatNumber(row.events)}</Link> },
        { header: t.venue, numeric: true, cell: (row) => formatNumber(row.eventsAsVenue) },
        { header: t.sme, numeric: true, cell: (row) => formatNumber(row.smeParticipations) },
      ]}
    />
  );
}
