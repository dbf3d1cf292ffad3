import Link from 'next/link';
import { formatDateRange } from '@/lib/format';
import { duplicatesText as t } from '@/lib/i18n/ru';
import type { EventRef, LookAlikePair } from '@/lib/queries/duplicates';

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

/** Look-alike rows of one report side by side; an analyst decides, nothing is merged. */
export function DuplicatesTable({ pairs }: { pairs: LookAlikePair[] }) {
  return (
    <table className="data" data-testid="possible-duplicates">
      <thead>
        <tr>
          <th scope="col">{t.first}</th>
          <th scope="col">{t.second}</th>
          <th scope="col" className="num">
            {t.similarity}
          </th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((pair) => (
          <tr key={`${pair.a.id}-${pair.b.id}`}>
            <RowCell row={pair.a} />
            <RowCell row={pair.b} />
            <td className="num">{Math.round(pair.score * 100)} %</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
