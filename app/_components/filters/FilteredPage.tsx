import type { ReactNode } from 'react';
import { CoverageNotice, emptyText } from '@/app/_components/coverage/CoverageNotice';
import type { Db } from '@/db/client';
import type { Filters } from '@/lib/filters/filters';
import type { FilterCoverage } from '@/lib/queries/coverage';
import { EmptyResult } from './EmptyResult';
import { PageFilters } from './PageFilters';

interface Props {
  db: Db;
  title: string;
  subtitle: string;
  /** The page's path, for the filter chips' links. */
  path: string;
  /** The filter bar's own filters: shown as chips, and offered to drop when the result is empty. */
  filters: Filters;
  coverage: FilterCoverage;
  /** Nothing matches: the body gives way to the empty result that names the filters to drop. */
  empty: boolean;
  /** Above the title (a back link). */
  before?: ReactNode;
  /** Between the coverage notice and the body, shown even when it is empty (key figures). */
  lead?: ReactNode;
  children: ReactNode;
}

/** A filtered dashboard page: title, filter bar, the period's coverage notice, then its figures or why there are none. */
export function FilteredPage({ db, title, subtitle, path, filters, coverage, empty, before, lead, children }: Props) {
  return (
    <>
      {before}
      <h1>{title}</h1>
      <p className="subtitle">{subtitle}</p>
      <PageFilters filters={filters} path={path} />
      <CoverageNotice coverage={coverage} />
      {lead}
      {empty ? <EmptyResult db={db} filters={filters} path={path} text={emptyText(coverage)} /> : children}
    </>
  );
}
