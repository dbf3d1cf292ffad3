import Link from 'next/link';
import type { Db } from '@/db/client';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { formatEventCount } from '@/lib/format';
import { common, emptyResultText as t } from '@/lib/i18n/ru';
import { countEvents } from '@/lib/queries/events';
import { getFilterNames } from '@/lib/queries/options';
import { filterChips } from '@/lib/filters/chips';

interface Props {
  db: Db;
  filters: Filters;
  path: string;
  /** Said first, e.g. "Нет загруженных отчётов за I–II кв. 2025." */
  text?: string;
}

/**
 * An empty result that says which filter emptied it: every active filter whose removal alone brings
 * events back, with how many, and a link that drops it. One count per active filter, run only when
 * the page is empty.
 */
export function EmptyResult({ db, filters, path, text }: Props) {
  const chips = filterChips(filters, getFilterNames(db, filters)).filter((chip) => chip.key !== 'q' || path === '/events');
  const culprits = chips
    .map((chip) => ({ chip, events: countEvents(db, chip.without) }))
    .filter((entry) => entry.events > 0)
    .sort((a, b) => b.events - a.events);
  return (
    <div className="empty" role="status" data-testid="empty-result">
      <p>{text ?? common.empty}</p>
      {culprits.length > 0 ? (
        <ul className="plain-list empty-culprits">
          {culprits.map(({ chip, events }) => {
            const name = `${chip.label}: ${chip.value}`;
            return (
              <li key={chip.key} data-testid="empty-culprit">
                {t.without(name, formatEventCount(events))}{' '}
                <Link href={hrefWith(path, chip.without)}>{t.drop(name)}</Link>
              </li>
            );
          })}
        </ul>
      ) : (
        chips.length > 0 && (
          <p>
            {t.none} <Link href={path}>{t.reset}</Link>
          </p>
        )
      )}
    </div>
  );
}
