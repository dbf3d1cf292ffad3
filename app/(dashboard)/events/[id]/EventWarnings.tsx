import { eventText as t, warningLabels } from '@/lib/i18n/ru';
import type { EventDetail } from '@/lib/queries/events';

/** What the import flagged on this row, with the report text each warning is about. */
export function EventWarnings({ warnings }: Pick<EventDetail, 'warnings'>) {
  if (warnings.length === 0) return <p className="muted">{t.noWarnings}</p>;
  return (
    <ul className="warning-list" data-testid="event-warnings">
      {warnings.map((warning, index) => (
        <li key={index}>
          <strong className="warn">{warningLabels[warning.code]}</strong>
          {warning.location && <>: «{warning.location}»</>}
        </li>
      ))}
    </ul>
  );
}
