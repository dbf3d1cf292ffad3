'use client';

import type { CircleMarker as LeafletCircleMarker, LeafletEvent } from 'leaflet';
import { CircleMarker, Tooltip } from 'react-leaflet';
import type { Filters } from '@/lib/filters/filters';
import { formatEventCount } from '@/lib/format';
import { placeColor } from '@/lib/palette';
import type { PlacePoint } from '@/lib/queries/places';
import { PlacePopup } from './PlacePopup';

const MIN_RADIUS = 5;
const MAX_RADIUS = 20;
/** The scale's top is at least this many events, so a lone event is not drawn as the biggest circle. */
const MIN_SCALE_TOP = 4;

/** Area grows with the number of events (square-root scale), so 41 events do not hide 1. */
function markerRadius(events: number, max: number): number {
  return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(events / max);
}

/** Names the circle's SVG path, so browser tests can find a place's marker. */
function labelPath(event: LeafletEvent, name: string) {
  (event.target as LeafletCircleMarker).getElement()?.setAttribute('data-place', name);
}

/** One circle per place of the events, coloured by the region group of its country. */
export function PlaceMarkers({ places, filters }: { places: PlacePoint[]; filters: Filters }) {
  const max = Math.max(MIN_SCALE_TOP, ...places.map((place) => place.events));
  // Largest first, so small circles stay on top and clickable.
  const ordered = [...places].sort((a, b) => b.events - a.events);
  return ordered.map((place) => (
    <CircleMarker
      key={place.id}
      center={[place.lat, place.lon]}
      radius={markerRadius(place.events, max)}
      className="place-marker"
      pathOptions={{ color: '#1d2733', weight: 1, fillColor: placeColor(place), fillOpacity: 0.85 }}
      eventHandlers={{ add: (event) => labelPath(event, place.name), popupopen: (event) => (event.target as LeafletCircleMarker).closeTooltip() }}
    >
      <Tooltip direction="top">
        {place.name} — {formatEventCount(place.events)}
      </Tooltip>
      <PlacePopup place={place} filters={filters} />
    </CircleMarker>
  ));
}
