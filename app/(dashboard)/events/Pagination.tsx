import Link from 'next/link';
import { eventsText as t } from '@/lib/i18n/ru';
import type { Filters } from '@/lib/filters/filters';
import type { EventSort } from '@/lib/queries/events';
import { eventsHref } from './list-view';

interface Props {
  page: number;
  pages: number;
  sort: EventSort;
  filters: Filters;
}

/** Previous / next links through a long list; nothing when it fits on one page. */
export function Pagination({ page, pages, sort, filters }: Props) {
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t.pages}>
      {page > 1 ? <Link href={eventsHref(filters, { sort, page: page - 1 })}>{t.previous}</Link> : <span aria-hidden="true" />}
      <span aria-current="page">{t.pageOf(page, pages)}</span>
      {page < pages ? <Link href={eventsHref(filters, { sort, page: page + 1 })}>{t.next}</Link> : <span aria-hidden="true" />}
    </nav>
  );
}
