'use client';

import { latLngBounds, type LatLngTuple } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { PlacePoint } from '@/lib/queries/places';

const WORLD_CENTER: LatLngTuple = [45, 50];
const WORLD_ZOOM = 2;
const MAX_ZOOM = 6;
/** A lone place (the event page) in its region, not a close-up of empty borders. */
const SINGLE_PLACE_ZOOM = 4;

/** Frames the markers whenever the places change (a new server render after a filter). */
export function FitToPlaces({ places }: { places: PlacePoint[] }) {
  const map = useMap();
  useEffect(() => {
    const points = places.map((place): LatLngTuple => [place.lat, place.lon]);
    if (points.length === 0) map.setView(WORLD_CENTER, WORLD_ZOOM);
    else if (points.length === 1) map.setView(points[0]!, SINGLE_PLACE_ZOOM);
    else map.fitBounds(latLngBounds(points), { padding: [30, 30], maxZoom: MAX_ZOOM });
  }, [map, places]);
  return null;
}
