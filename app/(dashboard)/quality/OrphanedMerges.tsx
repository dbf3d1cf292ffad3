import { DecisionAction, DecisionRowName } from '@/app/_components/corrections/MergeDecision';
import { DataTable } from '@/app/_components/tables/DataTable';
import { mergeText as t } from '@/lib/i18n/ru';
import type { Decision } from '@/lib/queries/merges';
import { decisionColumns } from './columns';

/** Merges and unlinks that lost a row to a re-import or a deletion: editors drop them. */
export function OrphanedMerges({ decisions, canEdit }: { decisions: Decision[]; canEdit: boolean }) {
  return (
    <DataTable
      rows={decisions} rowKey={(decision) => decision.id} testId="orphaned-merges"
      empty={<p className="muted">{t.orphanedNone}</p>}
      columns={[
        {
          header: t.rowsColumn,
          cell: (decision) => (
            <>
              <strong>{decision.kind === 'merge' ? t.merged : t.unlinked}</strong>:{' '}
              {decision.rows.map((row, i) => (
                <span key={`${row.periodKey}-${row.seq}`}>
                  {i > 0 && ', '}
                  <DecisionRowName row={row} /> {row.eventId === null && <span className="muted">({t.states.orphaned})</span>}
                </span>
              ))}
            </>
          ),
        },
        ...decisionColumns<Decision>((decision) => canEdit && <DecisionAction decision={decision} returnTo="/quality" />),
      ]}
    />
  );
}
