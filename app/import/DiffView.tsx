'use client';

import { DataTable } from '@/app/_components/tables/DataTable';
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
          <DataTable
            rows={diff.changed.flatMap((event) => event.changes.map((change, i) => ({ event, change, first: i === 0 })))} rowKey={({ event, change }) => `${event.seq}-${change.field}`}
            testId="diff-changed"
            columns={[
              {
                header: importText.row,
                rowHeader: true,
                rowSpan: ({ event, first }) => (first ? event.changes.length : 0),
                cell: ({ event }) => `${event.seq}. ${event.title}`,
              },
              { header: importText.field, cell: ({ change }) => importText.fieldLabels[change.field] ?? change.field },
              { header: importText.before, cell: ({ change }) => show(change.before) },
              { header: importText.after, cell: ({ change }) => show(change.after) },
            ]}
          />
        </>
      )}
      <p className="card-note">{importText.unchanged(diff.unchangedCount)}</p>
    </section>
  );
}
