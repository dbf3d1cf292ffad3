import Link from 'next/link';
import { formatDateRange } from '@/lib/format';
import { duplicatesText as t } from '@/lib/i18n/ru';
import type { EventRef, LookAlikePair } from '@/lib/queries/duplicates';
import { mergeText } from '@/lib/i18n/ru';
import { LookAlikeMerge } from './LookAlikeMerge';

function RowCell({ row }: { row: EventRef }) {
  return (
    <td>
      <Link href={`/events/${row.id}`}>
        {row.report}, №{row.seq}
      </Link>{' '}
      {row.title}
      <div className="muted">
        {formatDateRange(row.startDate, row.endDate, 'day')} · {row.sphereHeader}
      </div>
    </td>
  );
}

/** Look-alike rows of one report side by side; an analyst decides (editors: "это одно мероприятие"), nothing is merged automatically. */
export function DuplicatesTable({ pairs, canEdit = false, mergeOf = new Map() }: { pairs: LookAlikePair[]; canEdit?: boolean; mergeOf?: Map<number, number> }) {
  return (
    <table className="data" data-testid="possible-duplicates">
      <thead>
        <tr>
          <th scope="col">{t.first}</th>
          <th scope="col">{t.second}</th>
          <th scope="col" className="num">
            {t.similarity}
          </th>
          {canEdit && <th scope="col">{mergeText.actionColumn}</th>}
        </tr>
      </thead>
      <tbody>
        {pairs.map((pair) => (
          <tr key={`${pair.a.id}-${pair.b.id}`}>
            <RowCell row={pair.a} />
            <RowCell row={pair.b} />
            <td className="num">{Math.round(pair.score * 100)} %</td>
            {canEdit && (
              <td>
                <LookAlikeMerge pair={pair} merged={mergeOf.has(pair.a.id) && mergeOf.get(pair.a.id) === mergeOf.get(pair.b.id)} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
