'use client';

import { mapText } from '@/lib/i18n/ru';
import type { MapLayers } from './types';

interface Props {
  layers: MapLayers;
  onChange: (layers: MapLayers) => void;
}

/** Checkboxes that show or hide the map's overlays (keyboard- and screen-reader-friendly). */
export function MapLayerToggles({ layers, onChange }: Props) {
  return (
    <fieldset className="map-layers">
      <legend>{mapText.layers}</legend>
      <label>
        <input type="checkbox" checked={layers.places} onChange={(e) => onChange({ ...layers, places: e.target.checked })} />
        {mapText.placesLayer}
      </label>
      <label>
        <input type="checkbox" checked={layers.countries} onChange={(e) => onChange({ ...layers, countries: e.target.checked })} />
        {mapText.countriesLayer}
      </label>
    </fieldset>
  );
}
