import { formatDateTime } from '@/lib/format';
import { correctionText, mergeText as t } from '@/lib/i18n/ru';
import type { Decision } from '@/lib/queries/merges';
import { DecisionAction, DecisionRowName } from '@/app/_components/corrections/MergeDecision';

/** Merges and unlinks that lost a row to a re-import or a deletion: editors drop them. */
export function OrphanedMerges({ decisions, canEdit }: { decisions: Decision[]; canEdit: boolean }) {
  return (
    <table className="data" data-testid="orphaned-merges">
      <thead>
        <tr>
          <th scope="col">{t.rowsColumn}</th>
          <th scope="col">{correctionText.why}</th>
          <th scope="col">{correctionText.user}</th>
          <th scope="col">{correctionText.at}</th>
        </tr>
      </thead>
      <tbody>
        {decisions.map((decision) => (
          <tr key={decision.id}>
            <td>
              <strong>{decision.kind === 'merge' ? t.merged : t.unlinked}</strong>:{' '}
              {decision.rows.map((row, i) => (
                <span key={`${row.periodKey}-${row.seq}`}>
                  {i > 0 && ', '}
                  <DecisionRowName row={row} /> {row.eventId === null && <span className="muted">({t.states.orphaned})</span>}
                </span>
              ))}
            </td>
            <td>{decision.reason}</td>
            <td>{decision.username}</td>
            <td>
              {formatDateTime(decision.at)}
              {canEdit && <DecisionAction decision={decision} returnTo="/quality" />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
