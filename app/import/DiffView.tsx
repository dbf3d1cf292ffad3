'use client';

import { importText } from '@/lib/i18n/ru';
import type { EventRef, FieldChange, ReportDiff } from '@/lib/import/preview';

function show(value: FieldChange['before']): string {
  if (value === null || value === '') return importText.empty;
  if (typeof value === 'boolean') return value ? importText.yes : importText.no;
  return String(value);
}

function RefList({ title, refs, testId }: { title: string; refs: EventRef[]; testId: string }) {
  if (refs.length === 0) return null;
  return (
    <>
      <h4>
        {title} ({refs.length})
      </h4>
      <ul data-testid={testId}>
        {refs.map((ref) => (
          <li key={`${ref.seq}-${ref.title}`}>
            {ref.seq}. {ref.title}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Events added, removed and changed (field by field) against the stored report of the period. */
export function DiffView({ diff }: { diff: ReportDiff }) {
  const empty = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return (
    <section className="import-diff" aria-labelledby="diff-title" data-testid="preview-diff">
      <h3 id="diff-title">{importText.diffTitle}</h3>
      {empty && <p>{importText.noDiff}</p>}
      <RefList title={importText.added} refs={diff.added} testId="diff-added" />
      <RefList title={importText.removed} refs={diff.removed} testId="diff-removed" />
      {diff.changed.length > 0 && (
        <>
          <h4>
            {importText.changed} ({diff.changed.length})
          </h4>
          <table className="data" data-testid="diff-changed">
            <thead>
              <tr>
                <th scope="col">{importText.row}</th>
                <th scope="col">{importText.field}</th>
                <th scope="col">{importText.before}</th>
                <th scope="col">{importText.after}</th>
              </tr>
            </thead>
            <tbody>
              {diff.changed.flatMap((event) =>
                event.changes.map((change, i) => (
                  <tr key={`${event.seq}-${change.field}`}>
                    {i === 0 && (
                      <th scope="rowgroup" rowSpan={event.changes.length}>
                        {event.seq}. {event.title}
                      </th>
                    )}
                    <td>{importText.fieldLabels[change.field] ?? change.field}</td>
                    <td>{show(change.before)}</td>
                    <td>{show(change.after)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </>
      )}
      <p className="card-note">{importText.unchanged(diff.unchangedCount)}</p>
    </section>
  );
}
