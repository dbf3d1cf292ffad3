import Link from 'next/link';
import { eventsText as t } from '@/lib/i18n/ru';

/** How a table is sorted: the current key ("-key" descending) and the URL of another order. */
export interface Sorting {
  current: string;
  hrefOf: (sort: string) => string;
}

interface Props {
  column: string;
  label: string;
  sorting: Sorting;
  /** The direction of the first click: numbers start with the largest. */
  firstDescending?: boolean;
  numeric?: boolean;
}

/** A column header that sorts the list (a link, so the URL keeps the order); a second click reverses it. */
export function SortHeader({ column, label, sorting, firstDescending = false, numeric = false }: Props) {
  const active = sorting.current.replace('-', '') === column;
  const descending = sorting.current.startsWith('-');
  const nextDescending = active ? !descending : firstDescending;
  const ariaSort = active ? (descending ? 'descending' : 'ascending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? 'num' : undefined}>
      <Link href={sorting.hrefOf(nextDescending ? `-${column}` : column)} scroll={false} title={t.sortBy(`${label}, ${nextDescending ? t.sortDesc : t.sortAsc}`)} className="sort-link">
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (descending ? ' ▼' : ' ▲') : ' ↕'}
        </span>
      </Link>
    </th>
  );
}
