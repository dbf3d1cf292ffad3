'use client';

import { useState } from 'react';
import { CurationForm } from './CurationForm';
import { CORRECTABLE_FIELDS } from '@/lib/curation/vocabulary';
import { DATE_PRECISIONS, DIRECTIONS, EVENT_FORMATS, EVENT_KINDS, EVENT_STATUSES } from '@/lib/vocabulary';
import { common, correctionText as t, directionLabels, formatLabels, kindLabels, precisionLabels, statusLabels } from '@/lib/i18n/ru';

type Choice = [value: string, label: string];

const labelled = (values: readonly string[], labels: Record<string, string>): Choice[] => values.map((value) => [value, labels[value] ?? value]);
const YES_NO: Choice[] = [['true', common.yes], ['false', common.no]];

/** One form for every field: the value's input follows the chosen field; a reason is required. */
export function CorrectionForm({ eventId, current, spheres }: { eventId: number; current: Record<string, string>; spheres: Choice[] }) {
  const [field, setField] = useState<string>('foreignParticipants');
  const choices: Record<string, Choice[]> = {
    sphere: spheres,
    kind: labelled(EVENT_KINDS, kindLabels),
    format: labelled(EVENT_FORMATS, formatLabels),
    direction: labelled(DIRECTIONS, directionLabels),
    status: labelled(EVENT_STATUSES, statusLabels),
    datePrecision: [['', t.empty], ...labelled(DATE_PRECISIONS, precisionLabels)],
    remote: YES_NO,
    agreementSigned: YES_NO,
    excluded: YES_NO,
  };
  const options = choices[field];
  const value = current[field] ?? '';
  return (
    <CurationForm action={`/api/events/${eventId}/corrections`} className="correction-form" testId="correction-form" reasonLabel={t.reason} submitLabel={t.submit}>
      <label>
        {t.field}
        <select name="field" value={field} onChange={(event) => setField(event.target.value)}>
          {CORRECTABLE_FIELDS.map((name) => (
            <option key={name} value={name}>
              {t.fields[name] ?? name}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor="correction-value">
        {t.value}
        {options ? (
          <select key={field} id="correction-value" name="value" defaultValue={value}>
            {options.map(([optionValue, label]) => (
              <option key={optionValue} value={optionValue}>
                {label}
              </option>
            ))}
          </select>
        ) : (
          <input key={field} id="correction-value" name="value" defaultValue={value} type={field.endsWith('Date') ? 'date' : 'text'} inputMode={/Count|Total|Participants|audience/.test(field) ? 'numeric' : undefined} />
        )}
        {field === 'countries' && <span className="muted">{t.valueHintCountries}</span>}
      </label>
    </CurationForm>
  );
}
