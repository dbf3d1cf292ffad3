import Link from 'next/link';
import { eventsText as t } from '@/lib/i18n/ru';
import type { EventSort, EventSortColumn } from '@/lib/queries/events';
import type { Filters } from '@/lib/filters/filters';
import { eventsHref } from './list-view';

interface Props {
  column: EventSortColumn;
  label: string;
  sort: EventSort;
  filters: Filters;
  /** The direction of the first click: numbers start with the largest. */
  firstDescending?: boolean;
  numeric?: boolean;
}

/** A column header that sorts the list; a second click reverses the order. Filters are kept, paging restarts. */
export function SortHeader({ column, label, sort, filters, firstDescending = false, numeric = false }: Props) {
  const active = sort.replace('-', '') === column;
  const descending = sort.startsWith('-');
  const nextDescending = active ? !descending : firstDescending;
  const next = (nextDescending ? `-${column}` : column) as EventSort;
  const ariaSort = active ? (descending ? 'descending' : 'ascending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? 'num' : undefined}>
      <Link href={eventsHref(filters, { sort: next })} scroll={false} title={t.sortBy(`${label}, ${nextDescending ? t.sortDesc : t.sortAsc}`)} className="sort-link">
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (descending ? ' ▼' : ' ▲') : ' ↕'}
        </span>
      </Link>
    </th>
  );
}
