'use client';

import 'leaflet/dist/leaflet.css';
import isoCountries from 'i18n-iso-countries';
import type { LeafletMouseEvent } from 'leaflet';
import { CircleMarker, GeoJSON, MapContainer, useMapEvents } from 'react-leaflet';
import { WORLD } from '@/app/_components/map/world-shapes';
import { placeAliasText as t } from '@/lib/i18n/ru';

export interface PickedPoint {
  lat: number;
  lon: number;
  /** ISO alpha-2 of the country shape clicked; null on the sea. */
  country: string | null;
}

interface Props {
  center: [number, number];
  point: { lat: number; lon: number } | null;
  onPick: (point: PickedPoint) => void;
}

const STYLE = { color: '#8b98a6', weight: 0.6, fillColor: '#f7f8f9', fillOpacity: 1 };

/** The shapes carry longitudes past ±180 where they cross the antimeridian: back into range. */
function wrapLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

function SeaClicks({ onPick }: { onPick: Props['onPick'] }) {
  useMapEvents({ click: (event) => onPick({ lat: event.latlng.lat, lon: wrapLon(event.latlng.lng), country: null }) });
  return null;
}

/**
 * An offline map to point at a settlement: country shapes (the map's basemap, no tiles), a click on
 * a country gives the point and that country. Loaded only in the browser (UnresolvedPlaces.tsx).
 */
export default function PickerMap({ center, point, onPick }: Props) {
  const onShape = (event: LeafletMouseEvent) => {
    event.originalEvent.stopPropagation();
    const id = (event.propagatedFrom as { feature?: { id?: string | number } } | undefined)?.feature?.id;
    const country = id === undefined ? null : (isoCountries.numericToAlpha2(id) ?? null);
    onPick({ lat: event.latlng.lat, lon: wrapLon(event.latlng.lng), country });
  };
  return (
    <div role="region" aria-label={t.mapLabel} data-testid="picker-map">
      <MapContainer className="map-frame small picker-map" center={center} zoom={6} minZoom={2} maxZoom={12}>
        <GeoJSON data={WORLD} style={STYLE} eventHandlers={{ click: onShape }} bubblingMouseEvents={false} />
        <SeaClicks onPick={onPick} />
        {point && <CircleMarker center={[point.lat, point.lon]} radius={7} pathOptions={{ color: '#1d2733', weight: 2, fillColor: '#d55e00', fillOpacity: 0.9 }} className="picked-point" />}
      </MapContainer>
    </div>
  );
}
