import { correctionText as t } from '@/lib/i18n/ru';
import type { ReapplyOutcome } from '@/lib/curation/reapply';

/** What saving would make of each analyst's correction of the period: applied, moved, orphaned, in conflict. */
export function CorrectionsPreview({ outcomes }: { outcomes: ReapplyOutcome[] }) {
  return (
    <div data-testid="preview-corrections">
      <h3>
        {t.previewTitle}: {t.previewCount(outcomes.length)}
      </h3>
      <ul className="plain-list">
        {outcomes.map((outcome) => (
          <li key={outcome.correctionId} data-state={outcome.state}>
            {outcome.toSeq !== null && outcome.toSeq !== outcome.fromSeq ? t.previewMoved(outcome.fromSeq, outcome.toSeq) : t.previewRow(outcome.fromSeq)}
            {' · '}
            {t.fields[outcome.field] ?? outcome.field} — {t.states[outcome.state]}
          </li>
        ))}
      </ul>
    </div>
  );
}
