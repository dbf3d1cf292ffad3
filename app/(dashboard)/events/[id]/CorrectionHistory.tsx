import { correctionColumns } from '@/app/_components/corrections/columns';
import { DataTable } from '@/app/_components/tables/DataTable';
import type { Correction } from '@/db/schema';
import { formatDateTime } from '@/lib/format';
import { correctionText as t } from '@/lib/i18n/ru';

/** The curator's buttons on a correction of this row: undo an active one, decide a conflict. */
function actionsOf(correction: Correction, canEdit: boolean) {
  if (!canEdit) return [];
  if (correction.state === 'active') return ['undo' as const];
  if (correction.state === 'conflict') return ['confirm' as const, 'drop' as const];
  return [];
}

/** Every correction of the row, newest first: who, when, what, why, and where it stands. */
export function CorrectionHistory({ corrections, sphereNames, canEdit }: { corrections: Correction[]; sphereNames: Map<string, string>; canEdit: boolean }) {
  const columns = correctionColumns(sphereNames);
  return (
    <DataTable
      rows={corrections} rowKey={(correction) => correction.id} rowProps={(correction) => ({ 'data-state': correction.state })}
      testId="correction-history" empty={<p className="muted">{t.none}</p>}
      columns={[
        columns.field,
        columns.change,
        { header: t.why, cell: (correction) => correction.reason },
        { header: t.user, cell: (correction) => correction.username },
        { header: t.at, cell: (correction) => formatDateTime(correction.at) },
        columns.state(
          (correction) => actionsOf(correction, canEdit),
          (correction) => `/events/${correction.eventId}`,
        ),
      ]}
    />
  );
}
