'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTransition } from 'react';
import { keepPeriodParams } from '@/lib/filters/compare';
import { EMPTY_FILTERS, hrefWith, parseFilters, type Filters } from '@/lib/filters/filters';
import { DIRECTIONS, EVENT_FORMATS, EVENT_KINDS } from '@/lib/vocabulary';
import { coverageText, directionLabels, filterLabels, formatLabels, kindLabels, regionLabels } from '@/lib/i18n/ru';
import { quarterShort, reportPeriodShort, type Coverage } from '@/lib/periods';
import type { FilterOptions } from '@/lib/queries/options';
import { FilterMultiSelect } from './FilterMultiSelect';
import { FilterSelect } from './FilterSelect';
import type { Option } from './OptionList';

type ListKey = 'sphere' | 'country' | 'region' | 'format' | 'direction' | 'kind';

/** Every quarter of the timeline; one without its own report is marked "нет отчёта". */
function quarterOptions(coverage: Coverage): Option[] {
  return coverage.quarters.map(({ quarter, status }) => ({ value: quarter, label: status === 'report' ? quarterShort(quarter) : coverageText.optionMark(quarterShort(quarter)) }));
}

const labelled = (values: readonly string[], labels: Record<string, string>): Option[] =>
  values.map((value) => ({ value, label: labels[value] ?? value }));

/** The shared filter bar: every change is a navigation, so the URL is the state. */
export function FilterBar({ options }: { options: FilterOptions }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  const { filters, ignored } = parseFilters(new URLSearchParams(params.toString()));

  // The comparison page picks its own two periods: the quarter and report filters would fight them.
  const onCompare = pathname === '/compare';
  const hrefOf = (next: Filters) => (onCompare ? keepPeriodParams(hrefWith(pathname, next), params) : hrefWith(pathname, next));
  const navigate = (next: Filters) => startTransition(() => router.push(hrefOf(next), { scroll: false }));
  const setSingle = (key: 'from' | 'to' | 'report') => (value: string) => navigate({ ...filters, [key]: value || undefined });
  const setList = (key: ListKey) => (value: string) => navigate({ ...filters, [key]: value ? [value] : [] });
  const setValues = (key: ListKey) => (values: string[]) => navigate({ ...filters, [key]: values });

  const single = (key: ListKey) => (filters[key].length > 1 ? '__several' : (filters[key][0] ?? ''));
  const quarters = quarterOptions(options.coverage);
  return (
    <form className="filter-bar" aria-label={filterLabels.bar} aria-busy={pending} onSubmit={(e) => e.preventDefault()}>
      {!onCompare && (
        <>
          <FilterSelect id="f-from" label={filterLabels.from} value={filters.from ?? ''} options={quarters} onChange={setSingle('from')} />
          <FilterSelect id="f-to" label={filterLabels.to} value={filters.to ?? ''} options={quarters} onChange={setSingle('to')} />
          <FilterSelect id="f-report" label={filterLabels.report} value={filters.report ?? ''} options={options.reports.map((key) => ({ value: key, label: reportPeriodShort(key) }))} onChange={setSingle('report')} />
        </>
      )}
      <FilterMultiSelect id="f-sphere" label={filterLabels.sphere} values={filters.sphere} options={options.spheres.map((s) => ({ value: s.slug, label: s.shortLabel }))} onChange={setValues('sphere')} />
      <FilterSelect id="f-region" label={filterLabels.region} value={single('region')} options={labelled(options.regions, regionLabels)} onChange={setList('region')} />
      <FilterMultiSelect id="f-country" label={filterLabels.country} values={filters.country} options={options.countries.map((c) => ({ value: c.code, label: c.nameRu }))} onChange={setValues('country')} />
      <FilterSelect id="f-format" label={filterLabels.format} value={single('format')} options={labelled(EVENT_FORMATS, formatLabels)} onChange={setList('format')} />
      <FilterSelect id="f-direction" label={filterLabels.direction} value={single('direction')} options={labelled(DIRECTIONS, directionLabels)} onChange={setList('direction')} />
      <FilterSelect id="f-kind" label={filterLabels.kind} value={single('kind')} options={labelled(EVENT_KINDS, kindLabels)} onChange={setList('kind')} />
      <button type="button" className="reset" onClick={() => navigate({ ...EMPTY_FILTERS, q: filters.q })}>
        {filterLabels.reset}
      </button>
      {ignored.length > 0 && <p role="status" className="notice">{filterLabels.ignored}: {ignored.join(', ')}</p>}
    </form>
  );
}
