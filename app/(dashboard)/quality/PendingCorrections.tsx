import Link from 'next/link';
import { CorrectionActions } from '@/app/_components/corrections/CorrectionActions';
import { formatFieldValue } from '@/app/_components/corrections/field-value';
import type { Correction } from '@/db/schema';
import { correctionText as t } from '@/lib/i18n/ru';
import { reportPeriodName } from '@/lib/periods';

/** Corrections a new version of their report left behind: the curator applies or drops each. */
export function PendingCorrections({ corrections, sphereNames, canEdit }: { corrections: Correction[]; sphereNames: Map<string, string>; canEdit: boolean }) {
  return (
    <table className="data" data-testid="pending-corrections">
      <thead>
        <tr>
          <th scope="col">{t.rowColumn}</th>
          <th scope="col">{t.field}</th>
          <th scope="col">{t.change}</th>
          <th scope="col">{t.why}</th>
          <th scope="col">{t.state}</th>
        </tr>
      </thead>
      <tbody>
        {corrections.map((correction) => {
          const row = t.row(reportPeriodName(correction.periodKey), correction.seq);
          return (
            <tr key={correction.id} data-state={correction.state}>
              <td>{correction.eventId === null ? row : <Link href={`/events/${correction.eventId}`}>{row}</Link>}<div className="muted">{correction.matchTitle}</div></td>
              <td>{t.fields[correction.field] ?? correction.field}</td>
              <td>
                {formatFieldValue(correction.field, correction.parsedValue, sphereNames)} → {formatFieldValue(correction.field, correction.value, sphereNames)}
              </td>
              <td>
                {correction.reason} <span className="muted">({correction.username})</span>
              </td>
              <td>
                {t.states[correction.state] ?? correction.state}
                {canEdit && <CorrectionActions id={correction.id} actions={correction.state === 'conflict' ? ['confirm', 'drop'] : ['drop']} returnTo="/quality" />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
