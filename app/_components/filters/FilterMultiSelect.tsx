'use client';

import { useEffect, useState } from 'react';
import { filterLabels } from '@/lib/i18n/ru';
import type { Option } from './OptionList';

interface Props {
  id: string;
  label: string;
  values: string[];
  options: Option[];
  onChange: (values: string[]) => void;
}

/**
 * A filter that takes several values (countries, spheres): a disclosure with one checkbox per
 * option. Its button names the choice ("Все", one name, or "Беларусь, Казахстан"); a value the data
 * does not hold is listed, flagged, so the filter never reads "Все" while it filters.
 */
export function FilterMultiSelect({ id, label, values: current, options, onChange }: Props) {
  // Ticks show at once; the URL (and so `current`) follows when the navigation lands.
  const [values, setValues] = useState(current);
  const key = current.join(',');
  useEffect(() => setValues(key ? key.split(',') : []), [key]);
  const known = new Set(options.map((option) => option.value));
  const unknown = values.filter((value) => !known.has(value));
  const chosen = options.filter((option) => values.includes(option.value)).map((option) => option.label);
  const names = [...chosen, ...unknown.map((value) => filterLabels.unknownValue(value))];
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...values, value] : values.filter((other) => other !== value);
    setValues(next);
    onChange(next);
  };
  return (
    <div className="filter">
      <span id={`${id}-label`}>{label}</span>
      <details className="multi-select" id={id} data-testid={id}>
        <summary aria-labelledby={`${id}-label ${id}-value`} className={unknown.length > 0 ? 'invalid' : undefined}>
          <span id={`${id}-value`}>{names.length === 0 ? filterLabels.any : names.length > 2 ? filterLabels.chosen(names.length) : names.join(', ')}</span>
        </summary>
        <fieldset>
          <legend className="visually-hidden">{label}</legend>
          {unknown.map((value) => (
            <label key={value} className="invalid">
              <input type="checkbox" value={value} checked onChange={() => toggle(value, false)} />
              {filterLabels.unknownValue(value)}
            </label>
          ))}
          {options.map((option) => (
            <label key={option.value}>
              <input type="checkbox" value={option.value} checked={values.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
              {option.label}
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}
