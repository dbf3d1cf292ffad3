'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { SIDES, toCompareParams, type ComparePeriods, type QuarterRange, type Side } from '@/lib/filters/compare';
import { compareText as t } from '@/lib/i18n/ru';

interface Props {
  periods: ComparePeriods;
  /** Quarter keys to offer, oldest first, with their short labels. */
  quarters: { value: string; label: string }[];
  /** Query string of the shared filters, kept on every change. */
  filtersQuery: string;
}

type End = keyof QuarterRange;

/** A range stays valid: moving one end past the other moves both. */
function withEnd(range: QuarterRange, end: End, value: string): QuarterRange {
  if (end === 'from') return { from: value, to: value > range.to ? value : range.to };
  return { from: value < range.from ? value : range.from, to: value };
}

/** Two periods, each a quarter or a range of quarters; every change is a navigation, so the URL is the state. */
export function PeriodPicker({ periods, quarters, filtersQuery }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const navigate = (next: ComparePeriods) => {
    const query = [filtersQuery, toCompareParams(next).toString()].filter(Boolean).join('&');
    startTransition(() => router.push(`/compare?${query}`, { scroll: false }));
  };
  const change = (side: Side, end: End) => (value: string) => navigate({ ...periods, [side]: withEnd(periods[side], end, value) });
  return (
    <form className="period-picker" aria-label={t.periodsLabel} aria-busy={pending} onSubmit={(e) => e.preventDefault()}>
      {SIDES.map((side) => (
        <fieldset key={side} className={`period period-${side}`}>
          <legend>{t.period[side]}</legend>
          {(['from', 'to'] as const).map((end) => (
            <label key={end} className="filter" htmlFor={`cmp-${side}-${end}`}>
              <span>{t[end]}</span>
              <select id={`cmp-${side}-${end}`} value={periods[side][end]} onChange={(event) => change(side, end)(event.target.value)}>
                {quarters.map((quarter) => (
                  <option key={quarter.value} value={quarter.value}>
                    {quarter.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      ))}
      <button type="button" className="button" onClick={() => navigate({ a: periods.b, b: periods.a })}>
        {t.swap}
      </button>
    </form>
  );
}
