import Link from 'next/link';
import { formatDateTime } from '@/lib/format';
import { common, mergeText as t } from '@/lib/i18n/ru';
import { reportPeriodName } from '@/lib/periods';
import type { EventRef } from '@/lib/queries/duplicates';
import type { Decision } from '@/lib/queries/merges';
import { DecisionAction, DecisionRowName } from '@/app/_components/corrections/MergeDecision';
import { MergeForm } from './MergeForm';

const refOf = (report: string, seq: number) => `${report}:${seq}`;

interface Props {
  eventId: number;
  self: { report: string; seq: number; title: string };
  decisions: Decision[];
  /** Rows of other reports linked automatically (each can be unlinked). */
  twins: EventRef[];
  lookAlikes: EventRef[];
  canEdit: boolean;
  outcome?: string;
}

/** The event page's merges and unlinks: what holds, and (editors) merge with…, which row counts, unlink. */
export function MergePanel({ eventId, self, decisions, twins, lookAlikes, canEdit, outcome }: Props) {
  const returnTo = `/events/${eventId}`;
  return (
    <div data-testid="merges">
      {outcome && (
        <p className={outcome === 'saved' ? 'form-ok' : 'form-error'} role="status" data-testid="merge-outcome">
          {t.outcomes[outcome] ?? ''}
        </p>
      )}
      {decisions.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ul className="report-rows" data-testid="merge-decisions">
          {decisions.map((decision) => (
            <li key={decision.id} data-state={decision.state}>
              <strong>{decision.kind === 'merge' ? t.merged : t.unlinked}</strong> ({t.states[decision.state]}):{' '}
              {decision.rows.map((row, i) => (
                <span key={`${row.periodKey}-${row.seq}`}>
                  {i > 0 && ', '}
                  <DecisionRowName row={row} />
                  {decision.kind === 'merge' && ` — ${row.winner ? t.counts : t.notCounted}`}
                </span>
              ))}
              <div className="muted">
                {decision.reason} ({decision.username}, {formatDateTime(decision.at)})
              </div>
              {canEdit && <DecisionAction decision={decision} returnTo={returnTo} />}
            </li>
          ))}
        </ul>
      )}
      {canEdit && twins.length > 0 && (
        <>
          <h3>{t.linkedTitle}</h3>
          <ul className="report-rows">
            {twins.map((twin) => (
              <li key={twin.id}>
                <Link href={`/events/${twin.id}`}>{common.reportRow(reportPeriodName(twin.report), twin.seq)}</Link>: «{twin.title}»
                <form method="post" action="/api/merges" className="unlink-form" data-testid={`unlink-${twin.id}`}>
                  <input type="hidden" name="action" value="unlink" />
                  <input type="hidden" name="returnTo" value={returnTo} />
                  <input type="hidden" name="row" value={String(eventId)} />
                  <input type="hidden" name="row" value={String(twin.id)} />
                  <input name="reason" required maxLength={1000} aria-label={t.unlinkReason} placeholder={t.unlinkReason} />
                  <button type="submit" className="button">
                    {t.unlinkSubmit}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </>
      )}
      {/* A row takes part in one merge at a time: undo it to merge otherwise. */}
      {canEdit && !decisions.some((decision) => decision.kind === 'merge') && (
        <>
          <h3>{t.formTitle}</h3>
          <MergeForm
            eventId={eventId}
            self={{ ref: refOf(self.report, self.seq), label: common.reportRow(reportPeriodName(self.report), self.seq) }}
            suggestions={lookAlikes.map((row) => ({ ref: refOf(row.report, row.seq), label: `${common.reportRow(reportPeriodName(row.report), row.seq)}: «${row.title}» (${row.sphereHeader})` }))}
          />
        </>
      )}
    </div>
  );
}
