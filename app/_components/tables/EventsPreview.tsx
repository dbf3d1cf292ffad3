import { afterShell } from '@/app/_components/streaming/after-shell';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { listLimitText } from '@/lib/i18n/ru';
import { getDb } from '@/lib/queries/db';
import { countEvents, getEvents } from '@/lib/queries/events';
import { EventsTable } from './EventsTable';
import { ListLimitNote } from './ListLimitNote';

/**
 * Rows a country, sphere or SME page lists; the whole list is /events, which pages through it.
 * Each row is drawn twice (table and phone cards) and sent twice (HTML and React payload): at 200
 * rows the SME page was 0.55 MB and the list, not the figures, set its render time.
 */
const PREVIEW_ROWS = 50;

interface Props {
  filters: Filters;
  caption: string;
  showSme?: boolean;
  /** Only events with an SME count (the SME page). */
  withSme?: boolean;
  testId?: string;
}

/** The first events matching the filters, streamed after the page's figures, with a link to all of them. */
export async function EventsPreview({ filters, caption, showSme, withSme, testId }: Props) {
  await afterShell();
  const db = getDb();
  const events = getEvents(db, filters, { limit: PREVIEW_ROWS, withSme });
  // A shorter list is the whole list: the count costs a query only when the list was cut.
  const total = events.length < PREVIEW_ROWS ? events.length : countEvents(db, filters, { withSme });
  return (
    <>
      <EventsTable events={events} caption={caption} showSme={showSme} testId={testId} filters={filters} />
      <ListLimitNote shown={events.length} total={total} text={listLimitText.shownFirst} href={hrefWith('/events', filters)} linkLabel={listLimitText.allEvents} />
    </>
  );
}
