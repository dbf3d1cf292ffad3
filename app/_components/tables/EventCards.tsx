import Link from 'next/link';
import { formatDateRange, formatNumber } from '@/lib/format';
import { eventTableText as t } from '@/lib/i18n/ru';
import type { EventListItem } from '@/lib/queries/events';

/**
 * The events as cards, for phones: a table of six columns shows only titles at 390 px. CSS
 * (app/phone.css) shows either the table or these cards, never both.
 */
export function EventCards({ events, showSme = true }: { events: EventListItem[]; showSme?: boolean }) {
  return (
    <ul className="event-cards">
      {events.map((event) => (
        <li key={event.id} className="event-card">
          <Link href={`/events/${event.id}`} className="event-card-title">
            {event.title}
          </Link>
          <p className="event-card-meta">
            {formatDateRange(event.startDate, event.endDate, event.datePrecision)} · {event.sphereShort}
          </p>
          {(event.places.length > 0 || event.countries.length > 0) && (
            <p className="event-card-meta">{[event.places.join(', '), event.countries.map((country) => country.nameRu).join(', ')].filter(Boolean).join(' · ')}</p>
          )}
          {showSme && event.smeCount !== null && (
            <p className="event-card-meta">
              {t.sme}: {formatNumber(event.smeCount)}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
