'use client';

import Link from 'next/link';
import type { LeafletEvent, Popup as LeafletPopup } from 'leaflet';
import { Popup } from 'react-leaflet';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { formatDateRange, formatEventCount } from '@/lib/format';
import { mapText } from '@/lib/i18n/ru';
import type { PlacePoint } from '@/lib/queries/places';

/** Leaflet writes an English label on the close button. */
function translateCloseButton(event: LeafletEvent) {
  const popup = event.target as LeafletPopup;
  popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', mapText.closePopup);
}

/** A place's events (built with React: report text is never injected as HTML). */
export function PlacePopup({ place, filters }: { place: PlacePoint; filters: Filters }) {
  const more = place.events - place.sample.length;
  return (
    <Popup maxWidth={360} minWidth={240} eventHandlers={{ add: translateCloseButton }}>
      <div className="place-popup" data-testid="place-popup">
        <h3>
          {place.name}, {place.countryName}
        </h3>
        <p className="place-popup-count">{formatEventCount(place.events)}</p>
        <ul>
          {place.sample.map((event) => (
            <li key={event.id}>
              <Link href={`/events/${event.id}`}>{event.title}</Link>
              <span className="place-popup-date">{formatDateRange(event.startDate, event.endDate, event.datePrecision)}</span>
            </li>
          ))}
        </ul>
        {more > 0 && <p className="place-popup-more">{mapText.moreEvents(more)}</p>}
        <Link className="place-popup-all" href={hrefWith('/events', { ...filters, place: String(place.id) })}>
          {mapText.allEvents}
        </Link>
      </div>
    </Popup>
  );
}
