'use client';

import 'leaflet/dist/leaflet.css';
import { MapContainer, TileLayer, ZoomControl } from 'react-leaflet';
import { parseFilters } from '@/lib/filters/filters';
import { mapText } from '@/lib/i18n/ru';
import { CountryLayer } from './CountryLayer';
import { FitToPlaces } from './FitToPlaces';
import { PlaceMarkers } from './PlaceMarkers';
import type { EventsMapProps, MapLayers } from './types';
import { WorldBasemap } from './WorldBasemap';

interface Props extends EventsMapProps {
  layers: MapLayers;
}

/** The Leaflet map itself; loaded only in the browser, through <EventsMap>. */
export default function LeafletMap({ places, countries, size, filtersQuery, tileUrl, tileAttribution, layers, shading }: Props) {
  const { filters } = parseFilters(new URLSearchParams(filtersQuery));
  const large = size === 'large';
  return (
    <MapContainer
      className={`map-frame ${size}`}
      center={[50, 50]}
      zoom={3}
      minZoom={2}
      maxZoom={10}
      zoomControl={false}
      scrollWheelZoom={large}
      worldCopyJump={false}
    >
      {tileUrl && <TileLayer url={tileUrl} attribution={tileAttribution} crossOrigin="anonymous" />}
      {!tileUrl && <WorldBasemap />}
      {layers.countries && <CountryLayer countries={countries} filters={filters} colors={shading?.colors} />}
      {layers.places && <PlaceMarkers places={places} filters={filters} />}
      <ZoomControl position="topleft" zoomInTitle={mapText.zoomIn} zoomOutTitle={mapText.zoomOut} />
      <FitToPlaces places={places} />
    </MapContainer>
  );
}
