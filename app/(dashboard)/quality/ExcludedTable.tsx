import Link from 'next/link';
import { CorrectionActions } from '@/app/_components/corrections/CorrectionActions';
import { DataTable } from '@/app/_components/table/DataTable';
import { formatDateTime } from '@/lib/format';
import { correctionText as t } from '@/lib/i18n/ru';
import { reportPeriodName } from '@/lib/periods';
import type { ExcludedEvent } from '@/lib/queries/corrections';

/** Rows taken out of every count, with who did it and why; editors can count them again. */
export function ExcludedTable({ rows, canEdit }: { rows: ExcludedEvent[]; canEdit: boolean }) {
  return (
    <DataTable
      rows={rows} rowKey={(row) => row.correctionId}
      testId="excluded-events"
      columns={[
        {
          header: t.rowColumn,
          cell: (row) => (
            <>
              <Link href={`/events/${row.eventId}`}>{t.row(reportPeriodName(row.periodKey), row.seq)}</Link>
              <div className="muted">{row.title}</div>
            </>
          ),
        },
        { header: t.why, cell: (row) => row.reason },
        { header: t.user, cell: (row) => row.username },
        {
          header: t.at,
          cell: (row) => (
            <>
              {formatDateTime(row.at)}
              {canEdit && <CorrectionActions id={row.correctionId} actions={['undo']} returnTo="/quality" />}
            </>
          ),
        },
      ]}
    />
  );
}
