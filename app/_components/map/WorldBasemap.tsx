import { GeoJSON, Pane } from 'react-leaflet';
import { mapText } from '@/lib/i18n/ru';
import { WORLD } from './world-shapes';

const STYLE = { className: 'basemap-shape', color: '#aab6c3', weight: 0.6, fillColor: '#f7f8f9', fillOpacity: 1 };

/** Every country's outline under the other layers, so the map needs no tile server. */
export function WorldBasemap() {
  return (
    <Pane name="basemap" style={{ zIndex: 250 }}>
      <GeoJSON data={WORLD} style={STYLE} interactive={false} attribution={mapText.basemapAttribution} />
    </Pane>
  );
}
