import { common, mergeText as t } from '@/lib/i18n/ru';
import { reportPeriodName } from '@/lib/periods';
import type { DecisionOutcome } from '@/lib/reconcile/manual';

/** The analysts' merges and unlinks that saving would orphan, each row named, the lost ones marked. */
export function MergesPreview({ outcomes }: { outcomes: DecisionOutcome[] }) {
  return (
    <div data-testid="preview-merges">
      <h3>
        {t.previewTitle}: {t.previewCount(outcomes.length)}
      </h3>
      <p className="muted">{t.previewNote}</p>
      <ul className="plain-list">
        {outcomes.map((outcome) => (
          <li key={outcome.id} data-merge={outcome.id}>
            <strong>{outcome.kind === 'merge' ? t.merged : t.unlinked}</strong>:{' '}
            {outcome.rows.map((row, i) => (
              <span key={`${row.periodKey}-${row.seq}`} data-lost={row.lost || undefined}>
                {i > 0 && ', '}
                {common.reportRow(reportPeriodName(row.periodKey), row.seq)} «{row.title}»{row.lost && <strong> — {t.previewLost}</strong>}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
