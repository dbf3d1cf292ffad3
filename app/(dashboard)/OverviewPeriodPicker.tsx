'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { type Option, OptionList } from '@/app/_components/filters/OptionList';
import { overviewText as t } from '@/lib/i18n/ru';

interface Props {
  filters: Filters;
  /** Every quarter of the timeline, marked when it has no report of its own. */
  quarters: Option[];
  /** Years with a covered quarter. */
  years: number[];
  /** The latest covered quarter of each year: the end of "year to date". */
  ytdEnd: Record<number, string>;
  /** The whole timeline: "all reports". */
  all?: { from: string; to: string };
}

/** One quarter, year to date, a whole year ("2025 год") or everything: each sets from/to and keeps the other filters. */
export function OverviewPeriodPicker({ filters, quarters, years, ytdEnd, all }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (from: string, to: string) => hrefWith('/', { ...filters, from, to, report: undefined });
  const navigate = (href: string) => startTransition(() => router.push(href, { scroll: false }));
  const quarter = filters.from && filters.from === filters.to ? filters.from : '';
  const wholeYear = filters.from?.endsWith('-Q1') && filters.to?.endsWith('-Q4') && filters.from.slice(0, 4) === filters.to.slice(0, 4) ? Number(filters.from.slice(0, 4)) : undefined;
  return (
    <form className="overview-period" aria-label={t.periodPicker} aria-busy={pending} onSubmit={(event) => event.preventDefault()} data-testid="overview-period">
      <label className="filter" htmlFor="ov-quarter">
        <span>{t.quarter}</span>
        <select id="ov-quarter" value={quarter} onChange={(event) => event.target.value && navigate(go(event.target.value, event.target.value))}>
          {!quarter && <option value="">—</option>}
          <OptionList options={quarters} />
        </select>
      </label>
      <label className="filter" htmlFor="ov-year">
        <span>{t.year}</span>
        <select id="ov-year" value={wholeYear ?? ''} onChange={(event) => event.target.value && navigate(go(`${event.target.value}-Q1`, `${event.target.value}-Q4`))}>
          {wholeYear === undefined && <option value="">{t.chooseYear}</option>}
          <OptionList options={years.map((year) => ({ value: String(year), label: t.yearLabel(year) }))} />
        </select>
      </label>
      {years.map((year) =>
        ytdEnd[year] && !ytdEnd[year]!.endsWith('-Q1') ? (
          <Link key={year} className="button" href={go(`${year}-Q1`, ytdEnd[year]!)} scroll={false} data-testid={`ov-ytd-${year}`}>
            {t.yearToDate(year)}
          </Link>
        ) : null,
      )}
      {all && (
        <Link className="button" href={go(all.from, all.to)} scroll={false} data-testid="ov-all">
          {t.allReports}
        </Link>
      )}
    </form>
  );
}
