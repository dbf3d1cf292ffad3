'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { EmptyState } from '@/app/_components/ui/EmptyState';
import { mapText } from '@/lib/i18n/ru';
import { MapLayerToggles } from './MapLayerToggles';
import { MapLegend } from './MapLegend';
import type { EventsMapProps, MapLayers } from './types';

function MapSkeleton() {
  return (
    <div className="map-frame map-skeleton" role="status">
      {mapText.loading}
    </div>
  );
}

// Leaflet touches `window` on import, and only pages with a map should download it.
const LeafletMap = dynamic(() => import('./LeafletMap'), { ssr: false, loading: () => <MapSkeleton /> });

/** The events map: places as circles, partner countries shaded, with a legend. */
export function EventsMap(props: EventsMapProps) {
  const [layers, setLayers] = useState<MapLayers>({ places: true, countries: true });
  if (props.places.length === 0 && props.countries.length === 0) return <EmptyState />;
  const large = props.size === 'large';
  return (
    <div className={`events-map ${props.size}`} role="region" aria-label={mapText.mapLabel} data-testid="events-map">
      {large && <MapLayerToggles layers={layers} onChange={setLayers} />}
      <LeafletMap {...props} layers={large ? layers : { places: true, countries: props.countries.length > 0 }} />
      <MapLegend places={props.places} countries={props.countries} shading={props.shading} />
    </div>
  );
}
