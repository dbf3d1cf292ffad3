import { CorrectionActions } from '@/app/_components/corrections/CorrectionActions';
import { DataTable } from '@/app/_components/tables/DataTable';
import { correctionText as t } from '@/lib/i18n/ru';
import type { ExcludedEvent } from '@/lib/queries/corrections';
import { decisionColumns, EventRowCell } from './columns';

/** Rows taken out of every count, with who did it and why; editors can count them again. */
export function ExcludedTable({ rows, canEdit }: { rows: ExcludedEvent[]; canEdit: boolean }) {
  return (
    <DataTable
      rows={rows} rowKey={(row) => row.correctionId}
      testId="excluded-events"
      columns={[
        { header: t.rowColumn, cell: (row) => <EventRowCell eventId={row.eventId} periodKey={row.periodKey} seq={row.seq} title={row.title} /> },
        ...decisionColumns<ExcludedEvent>((row) => canEdit && <CorrectionActions id={row.correctionId} actions={['undo']} returnTo="/quality" />),
      ]}
    />
  );
}
