'use client';

import { useRef, useState, type KeyboardEvent } from 'react';
import { filterLabels } from '@/lib/i18n/ru';
import { type Option, OptionList } from './OptionList';

interface Props {
  id: string;
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
}

/** Keys that step through a closed select's options and fire `change` at once in Chromium. */
const STEP_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * A labelled select with an "all" choice; "several" shows when the URL holds more than one value; a
 * value the data does not hold is shown flagged ("⚠ нет в данных: …"), never as "Все".
 * A choice made with the mouse (or in the open list) applies at once; stepping with the keys on a
 * closed select only moves the selection, which applies on Enter or when focus leaves — so an
 * arrow key never reloads the page with the next value.
 */
export function FilterSelect({ id, label, value, options, onChange }: Props) {
  const unknown = value !== '' && value !== '__several' && !options.some((option) => option.value === value);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const stepping = useRef(false);
  const commit = (next: string) => {
    setDraft(undefined);
    if (next !== value && next !== '__several') onChange(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (STEP_KEYS.has(event.key) || event.key.length === 1) stepping.current = true;
    if (event.key === 'Enter' && draft !== undefined) {
      event.preventDefault();
      commit(draft);
    }
  };
  return (
    <label className="filter" htmlFor={id}>
      <span>{label}</span>
      <select
        id={id}
        name={id}
        value={draft ?? value}
        className={unknown ? 'invalid' : undefined}
        aria-invalid={unknown || undefined}
        onKeyDown={onKeyDown}
        onMouseDown={() => (stepping.current = false)}
        onBlur={() => draft !== undefined && commit(draft)}
        onChange={(event) => {
          if (stepping.current) {
            stepping.current = false;
            setDraft(event.target.value);
          } else commit(event.target.value);
        }}
      >
        <option value="">{filterLabels.any}</option>
        {value === '__several' && <option value="__several">{filterLabels.several}</option>}
        {unknown && <option value={value}>{filterLabels.unknownValue(value)}</option>}
        <OptionList options={options} />
      </select>
    </label>
  );
}
