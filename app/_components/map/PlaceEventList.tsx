'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { formatDateRange } from '@/lib/format';
import { mapText } from '@/lib/i18n/ru';
import type { PlacePoint } from '@/lib/queries/places';
import { usePlaceEvents } from './use-place-events';

interface Props {
  place: PlacePoint;
  filtersQuery: string;
  /** Called once the list is shown (or failed), so the popup can fit its new content. */
  onSettled: () => void;
}

/** The first events of a place, as links (built with React: report text is never injected as HTML). */
export function PlaceEventList({ place, filtersQuery, onSettled }: Props) {
  const state = usePlaceEvents(place.id, filtersQuery, place.sample);
  const settled = state.status !== 'loading';
  useEffect(() => {
    if (settled) onSettled();
  }, [settled, onSettled]);
  if (state.status === 'loading') return <p className="place-popup-status" role="status">{mapText.popupLoading}</p>;
  if (state.status === 'failed') return <p className="place-popup-status" role="alert">{mapText.popupFailed}</p>;
  const more = place.events - state.events.length;
  return (
    <>
      <ul>
        {state.events.map((event) => (
          <li key={event.id}>
            <Link href={`/events/${event.id}`}>{event.title}</Link>
            <span className="place-popup-date">{formatDateRange(event.startDate, event.endDate, event.datePrecision)}</span>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="place-popup-more">{mapText.moreEvents(more)}</p>}
    </>
  );
}
