import Link from 'next/link';
import { eventsText as t } from '@/lib/i18n/ru';

interface Props {
  page: number;
  pages: number;
  /** The page's URL with this list at page n. */
  hrefOf: (page: number) => string;
  testId: string;
}

/** Previous / next through one of the quality page's long lists; nothing when it fits on one page. */
export function ListPager({ page, pages, hrefOf, testId }: Props) {
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t.pages} data-testid={testId}>
      {page > 1 ? <Link href={hrefOf(page - 1)}>{t.previous}</Link> : <span aria-hidden="true" />}
      <span aria-current="page">{t.pageOf(page, pages)}</span>
      {page < pages ? <Link href={hrefOf(page + 1)}>{t.next}</Link> : <span aria-hidden="true" />}
    </nav>
  );
}
