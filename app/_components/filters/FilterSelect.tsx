'use client';

import { filterLabels } from '@/lib/i18n/ru';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  id: string;
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
}

/**
 * A labelled select with an "all" choice; "several" shows when the URL holds more than one value; a
 * value the data does not hold is shown flagged ("⚠ нет в данных: …"), never as "Все".
 */
export function FilterSelect({ id, label, value, options, onChange }: Props) {
  const unknown = value !== '' && value !== '__several' && !options.some((option) => option.value === value);
  return (
    <label className="filter" htmlFor={id}>
      <span>{label}</span>
      <select id={id} name={id} value={value} className={unknown ? 'invalid' : undefined} aria-invalid={unknown || undefined} onChange={(event) => onChange(event.target.value === '__several' ? value : event.target.value)}>
        <option value="">{filterLabels.any}</option>
        {value === '__several' && <option value="__several">{filterLabels.several}</option>}
        {unknown && <option value={value}>{filterLabels.unknownValue(value)}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
