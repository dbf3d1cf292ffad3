import { correctionColumns } from '@/app/_components/corrections/columns';
import { DataTable } from '@/app/_components/tables/DataTable';
import type { Correction } from '@/db/schema';
import { correctionText as t } from '@/lib/i18n/ru';
import { EventRowCell } from './columns';

/** Corrections a new version of their report left behind: the curator applies or drops each. */
export function PendingCorrections({ corrections, sphereNames, canEdit }: { corrections: Correction[]; sphereNames: Map<string, string>; canEdit: boolean }) {
  const columns = correctionColumns(sphereNames);
  return (
    <DataTable
      rows={corrections} rowKey={(correction) => correction.id} rowProps={(correction) => ({ 'data-state': correction.state })}
      testId="pending-corrections"
      columns={[
        { header: t.rowColumn, cell: (correction) => <EventRowCell eventId={correction.eventId} periodKey={correction.periodKey} seq={correction.seq} title={correction.matchTitle} /> },
        columns.field,
        columns.change,
        {
          header: t.why,
          cell: (correction) => (
            <>
              {correction.reason} <span className="muted">({correction.username})</span>
            </>
          ),
        },
        columns.state(
          (correction) => (!canEdit ? [] : correction.state === 'conflict' ? ['confirm', 'drop'] : ['drop']),
          () => '/quality',
        ),
      ]}
    />
  );
}
