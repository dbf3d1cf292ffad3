import { eventText as t } from '@/lib/i18n/ru';
import type { EventDetail } from '@/lib/queries/events';

type Cells = EventDetail['event']['sourceText'];

const COLUMNS = Object.keys(t.sourceColumns) as (keyof typeof t.sourceColumns)[];

/** The six cells of the report row as the report states them (plain text, line breaks kept). */
export function SourceText({ cells }: { cells: Cells }) {
  return (
    <dl className="source-cells" data-testid="source-text">
      {COLUMNS.map((column) => (
        <div key={column}>
          <dt>{t.sourceColumns[column]}</dt>
          <dd className="source-text">{cells[column] || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}
