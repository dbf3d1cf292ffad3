import Link from 'next/link';
import { DataTable } from '@/app/_components/tables/DataTable';
import { formatDateRange } from '@/lib/format';
import { duplicatesText as t, mergeText } from '@/lib/i18n/ru';
import type { EventRef, LookAlikePair } from '@/lib/queries/duplicates';
import { LookAlikeMerge } from './LookAlikeMerge';

function RowCell({ row }: { row: EventRef }) {
  return (
    <>
      <Link href={`/events/${row.id}`}>
        {row.report}, №{row.seq}
      </Link>{' '}
      {row.title}
      <div className="muted">
        {formatDateRange(row.startDate, row.endDate, 'day')} · {row.sphereHeader}
      </div>
    </>
  );
}

/** Look-alike rows of one report side by side; an analyst decides (editors: "это одно мероприятие"), nothing is merged automatically. */
export function DuplicatesTable({ pairs, canEdit = false, mergeOf = new Map() }: { pairs: LookAlikePair[]; canEdit?: boolean; mergeOf?: Map<number, number> }) {
  return (
    <DataTable
      rows={pairs} rowKey={(pair) => `${pair.a.id}-${pair.b.id}`}
      testId="possible-duplicates"
      columns={[
        { header: t.first, cell: (pair) => <RowCell row={pair.a} /> },
        { header: t.second, cell: (pair) => <RowCell row={pair.b} /> },
        { header: t.similarity, numeric: true, cell: (pair) => `${Math.round(pair.score * 100)} %` },
        canEdit && {
          header: mergeText.actionColumn,
          cell: (pair) => <LookAlikeMerge pair={pair} merged={mergeOf.has(pair.a.id) && mergeOf.get(pair.a.id) === mergeOf.get(pair.b.id)} />,
        },
      ]}
    />
  );
}
