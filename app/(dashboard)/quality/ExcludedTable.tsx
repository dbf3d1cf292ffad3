import Link from 'next/link';
import { CorrectionActions } from '@/app/_components/corrections/CorrectionActions';
import { formatDateTime } from '@/lib/format';
import { correctionText as t } from '@/lib/i18n/ru';
import { reportPeriodName } from '@/lib/periods';
import type { ExcludedEvent } from '@/lib/queries/corrections';

/** Rows taken out of every count, with who did it and why; editors can count them again. */
export function ExcludedTable({ rows, canEdit }: { rows: ExcludedEvent[]; canEdit: boolean }) {
  return (
    <table className="data" data-testid="excluded-events">
      <thead>
        <tr>
          <th scope="col">{t.rowColumn}</th>
          <th scope="col">{t.why}</th>
          <th scope="col">{t.user}</th>
          <th scope="col">{t.at}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.correctionId}>
            <td>
              <Link href={`/events/${row.eventId}`}>{t.row(reportPeriodName(row.periodKey), row.seq)}</Link>
              <div className="muted">{row.title}</div>
            </td>
            <td>{row.reason}</td>
            <td>{row.username}</td>
            <td>
              {formatDateTime(row.at)}
              {canEdit && <CorrectionActions id={row.correctionId} actions={['undo']} returnTo="/quality" />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
