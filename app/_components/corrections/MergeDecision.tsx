import Link from 'next/link';
import { CorrectionActions } from './CorrectionActions';
import { common } from '@/lib/i18n/ru';
import { reportPeriodName } from '@/lib/periods';
import type { Decision, DecisionRow } from '@/lib/queries/merges';

/** One row of a merge or unlink: a link to its event, or its name alone when the row is gone. */
export function DecisionRowName({ row }: { row: DecisionRow }) {
  const name = common.reportRow(reportPeriodName(row.periodKey), row.seq);
  return row.eventId === null ? <span>{name}</span> : <Link href={`/events/${row.eventId}`}>{name}</Link>;
}

/** Undo (an active decision) or drop (an orphaned one): a plain form post, checked on the server. */
export function DecisionAction({ decision, returnTo }: { decision: Decision; returnTo: string }) {
  return <CorrectionActions id={decision.id} actions={[decision.state === 'orphaned' ? 'drop' : 'undo']} returnTo={returnTo} route="/api/merges" />;
}
