import { hrefWith, type Filters } from '@/lib/filters/filters';
import { getDb } from '@/lib/queries/db';
import { getFilterNames } from '@/lib/queries/options';
import { ActiveFilters } from './ActiveFilters';

interface Props {
  filters: Filters;
  /** The page's path: a chip's × link shows the same page without that filter. */
  path: string;
  /** The page's own parameters kept on removal (the compare periods), as a query string. */
  keep?: string;
}

/** The active filters of a page as removable chips with their Russian labels (unknown values flagged). */
export function PageFilters({ filters, path, keep }: Props) {
  const href = (rest: Filters) => {
    const base = hrefWith(path, rest);
    return keep ? `${base}${base.includes('?') ? '&' : '?'}${keep}` : base;
  };
  return <ActiveFilters filters={filters} names={getFilterNames(getDb(), filters)} hrefWithout={href} />;
}
