'use client';

import { useState } from 'react';
import { mergeText as t } from '@/lib/i18n/ru';
import { CurationForm } from './CurationForm';

export interface RowChoice {
  /** PERIOD:ROW, as the merge route and the command line take rows. */
  ref: string;
  label: string;
}

const parseRefs = (text: string) => text.split(/[\s,;]+/).filter((ref) => /^\d{4}-(Q[1-4]|H[12]|9M|Y):\d+$/.test(ref));

/**
 * Merge this row with others: look-alike rows of its report offered as checkboxes, any other rows
 * typed as PERIOD:ROW; the row that counts is chosen among them. A plain form post (works without
 * scripts for the offered rows); the server checks everything again.
 */
export function MergeForm({ eventId, self, suggestions }: { eventId: number; self: RowChoice; suggestions: RowChoice[] }) {
  const [checked, setChecked] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const [winner, setWinner] = useState(self.ref);
  const members = [self, ...suggestions.filter((row) => checked.includes(row.ref)), ...parseRefs(typed).map((ref) => ({ ref, label: ref }))];
  const toggle = (ref: string) => setChecked((list) => (list.includes(ref) ? list.filter((item) => item !== ref) : [...list, ref]));
  return (
    <CurationForm action="/api/merges" className="correction-form merge-form" testId="merge-form" reasonLabel={t.reason} submitLabel={t.submit}>
      <input type="hidden" name="action" value="merge" />
      <input type="hidden" name="returnTo" value={`/events/${eventId}`} />
      <input type="hidden" name="row" value={self.ref} />
      {suggestions.length > 0 && (
        <fieldset>
          <legend>{t.suggestions}</legend>
          {suggestions.map((row) => (
            <label key={row.ref} className="choice">
              <input type="checkbox" name="row" value={row.ref} checked={checked.includes(row.ref)} onChange={() => toggle(row.ref)} /> {row.label}
            </label>
          ))}
        </fieldset>
      )}
      <label>
        {t.others}
        <input name="rows" value={typed} onChange={(event) => setTyped(event.target.value)} placeholder="2025-Q4:42" />
      </label>
      <fieldset>
        <legend>{t.winner}</legend>
        {members.map((row) => (
          <label key={row.ref} className="choice">
            <input type="radio" name="winner" value={row.ref} checked={winner === row.ref} onChange={() => setWinner(row.ref)} /> {row.ref === self.ref ? `${row.label} — ${t.thisRow}` : row.label}
          </label>
        ))}
      </fieldset>
    </CurationForm>
  );
}
