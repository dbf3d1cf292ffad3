'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { SIDES, toCompareParams, type QuarterRange, type ResolvedPeriods, type Side } from '@/lib/filters/compare';
import { OptionList } from '@/app/_components/filters/OptionList';
import { compareText as t } from '@/lib/i18n/ru';
import type { QuarterKey } from '@/lib/periods';

interface QuarterOption {
  value: QuarterKey;
  /** "III кв. 2025", or "III кв. 2025 — нет отчёта" for a quarter without its report. */
  label: string;
  covered: boolean;
}

interface Props {
  /** A is missing in the single-period view. */
  periods: ResolvedPeriods;
  /** Quarter keys to offer, oldest first. */
  quarters: QuarterOption[];
  /** Query string of the shared filters, kept on every change. */
  filtersQuery: string;
}

type End = keyof QuarterRange;

/** A range stays valid: moving one end past the other moves both. */
function withEnd(range: QuarterRange | undefined, end: End, value: QuarterKey): QuarterRange {
  if (!range) return { from: value, to: value };
  if (end === 'from') return { from: value, to: value > range.to ? value : range.to };
  return { from: value < range.from ? value : range.from, to: value };
}

/**
 * Two periods, each a quarter or a range of quarters; every change is a navigation, so the URL is
 * the state. Quarters without their report are offered, marked "нет отчёта", never by default.
 */
export function PeriodPicker({ periods, quarters, filtersQuery }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const navigate = (next: ResolvedPeriods) => {
    const query = [filtersQuery, toCompareParams(next).toString()].filter(Boolean).join('&');
    startTransition(() => router.push(`/compare?${query}`, { scroll: false }));
  };
  const change = (side: Side, end: End) => (value: string) => {
    const key = quarters.find((quarter) => quarter.value === value)?.value;
    if (key) navigate({ ...periods, [side]: withEnd(periods[side], end, key) });
  };
  const missing = (side: Side) => periods[side] === undefined;
  return (
    <form className="period-picker" aria-label={t.periodsLabel} aria-busy={pending} onSubmit={(e) => e.preventDefault()}>
      {SIDES.map((side) => (
        <fieldset key={side} className={`period period-${side}`}>
          <legend>{t.period[side]}</legend>
          {(['from', 'to'] as const).map((end) => (
            <label key={end} className="filter" htmlFor={`cmp-${side}-${end}`}>
              <span>{t[end]}</span>
              <select id={`cmp-${side}-${end}`} value={periods[side]?.[end] ?? ''} onChange={(event) => change(side, end)(event.target.value)}>
                {missing(side) && <option value="">{t.noA}</option>}
                <OptionList options={quarters} />
              </select>
            </label>
          ))}
        </fieldset>
      ))}
      <button type="button" className="button" disabled={!periods.a} onClick={() => periods.a && navigate({ a: periods.b, b: periods.a })}>
        {t.swap}
      </button>
    </form>
  );
}
