import Link from 'next/link';
import { DataTable } from '@/app/_components/tables/DataTable';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { formatNumber } from '@/lib/format';
import { spheresText as t } from '@/lib/i18n/ru';
import type { SphereCount } from '@/lib/queries/spheres';

/** Every sphere with events, under its full header from the report; names open the sphere page. */
export function SpheresTable({ rows, filters }: { rows: SphereCount[]; filters: Filters }) {
  return (
    <DataTable
      rows={rows} rowKey={(row) => row.slug} rowProps={(row) => ({ 'data-testid': `sphere-row-${row.slug}` })}
      caption={t.tableTitle} testId="spheres-table" scroll
      columns={[
        { header: t.sphere, cell: (row) => <Link href={hrefWith(`/spheres/${row.slug}`, { ...filters, sphere: [] })}>{row.name}</Link> },
        { header: t.events, numeric: true, cell: (row) => <Link href={hrefWith('/events', { ...filters, sphere: [row.slug] })}>{formatNumber(row.events)}</Link> },
        { header: t.sme, numeric: true, cell: (row) => formatNumber(row.smeParticipations) },
        { header: t.eventsWithSme, numeric: true, cell: (row) => formatNumber(row.eventsWithSme) },
      ]}
    />
  );
}
