import { CorrectionActions } from '@/app/_components/corrections/CorrectionActions';
import { formatFieldValue } from '@/app/_components/corrections/field-value';
import type { Correction } from '@/db/schema';
import { formatDateTime } from '@/lib/format';
import { correctionText as t } from '@/lib/i18n/ru';

/** Every correction of the row, newest first: who, when, what, why, and where it stands. */
export function CorrectionHistory({ corrections, sphereNames, canEdit }: { corrections: Correction[]; sphereNames: Map<string, string>; canEdit: boolean }) {
  if (corrections.length === 0) return <p className="muted">{t.none}</p>;
  const show = (correction: Correction, value: unknown) => formatFieldValue(correction.field, value, sphereNames);
  return (
    <table className="data" data-testid="correction-history">
      <thead>
        <tr>
          <th scope="col">{t.field}</th>
          <th scope="col">{t.change}</th>
          <th scope="col">{t.why}</th>
          <th scope="col">{t.user}</th>
          <th scope="col">{t.at}</th>
          <th scope="col">{t.state}</th>
        </tr>
      </thead>
      <tbody>
        {corrections.map((correction) => (
          <tr key={correction.id} data-state={correction.state}>
            <td>{t.fields[correction.field] ?? correction.field}</td>
            <td>
              {show(correction, correction.parsedValue)} → {show(correction, correction.value)}
            </td>
            <td>{correction.reason}</td>
            <td>{correction.username}</td>
            <td>{formatDateTime(correction.at)}</td>
            <td>
              {t.states[correction.state] ?? correction.state}
              {canEdit && correction.state === 'active' && <CorrectionActions id={correction.id} actions={['undo']} returnTo={`/events/${correction.eventId}`} />}
              {canEdit && correction.state === 'conflict' && (
                <CorrectionActions id={correction.id} actions={['confirm', 'drop']} returnTo={`/events/${correction.eventId}`} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
