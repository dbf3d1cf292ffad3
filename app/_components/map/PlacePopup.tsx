'use client';

import Link from 'next/link';
import type { LeafletEvent, Popup as LeafletPopup } from 'leaflet';
import { useCallback, useRef } from 'react';
import { Popup } from 'react-leaflet';
import { hrefWith, toSearchParams, type Filters } from '@/lib/filters/filters';
import { formatEventCount } from '@/lib/format';
import { mapText } from '@/lib/i18n/ru';
import type { PlacePoint } from '@/lib/queries/places';
import { PlaceEventList } from './PlaceEventList';

/** Leaflet writes an English label on the close button. */
function translateCloseButton(event: LeafletEvent) {
  const popup = event.target as LeafletPopup;
  popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', mapText.closePopup);
}

/**
 * A place's events. react-leaflet mounts the content when the popup first opens, so the list is
 * loaded then (once per place and filters), not embedded in the page for every place.
 */
export function PlacePopup({ place, filters }: { place: PlacePoint; filters: Filters }) {
  const popup = useRef<LeafletPopup>(null);
  // Leaflet sizes and pans the popup when it opens; the loaded list needs it done again.
  const fitContent = useCallback(() => popup.current?.update(), []);
  return (
    <Popup ref={popup} maxWidth={360} minWidth={240} eventHandlers={{ add: translateCloseButton }}>
      <div className="place-popup" data-testid="place-popup">
        <h3>
          {place.name}, {place.countryName}
        </h3>
        <p className="place-popup-count">{formatEventCount(place.events)}</p>
        <PlaceEventList place={place} filtersQuery={toSearchParams(filters).toString()} onSettled={fitContent} />
        <Link className="place-popup-all" href={hrefWith('/events', { ...filters, place: String(place.id) })}>
          {mapText.allEvents}
        </Link>
      </div>
    </Popup>
  );
}
