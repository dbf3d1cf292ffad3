import { formatNumber } from '@/lib/format';
import { mapText, regionLabels } from '@/lib/i18n/ru';
import { CHOROPLETH, choroplethColor, regionColor } from '@/lib/palette';
import type { PlacePoint } from '@/lib/queries/places';
import type { CountryShading, MapCountry } from './types';

interface Step {
  color: string;
  from: number;
  to: number;
}

/** The event counts that fall in each choropleth colour, read off choroplethColor itself. */
function choroplethSteps(max: number): Step[] {
  return CHOROPLETH.flatMap((color) => {
    const values = Array.from({ length: max }, (_, i) => i + 1).filter((n) => choroplethColor(n, max) === color);
    return values.length > 0 ? [{ color, from: values[0]!, to: values.at(-1)! }] : [];
  });
}

/** Region groups of the places, biggest first; the "other" group names its countries (e.g. Россия). */
function regionEntries(places: PlacePoint[]): { region: string; label: string }[] {
  const regions = [...new Set(places.map((place) => place.region))];
  return regions.map((region) => {
    const names = [...new Set(places.filter((place) => place.region === region).map((place) => place.countryName))];
    const label = regionLabels[region] ?? region;
    return { region, label: region === 'other' ? `${label}: ${names.join(', ')}` : label };
  });
}

function rangeLabel(step: Step): string {
  return step.from === step.to ? formatNumber(step.from) : `${formatNumber(step.from)}–${formatNumber(step.to)}`;
}

function ShadingLegend({ shading }: { shading: CountryShading }) {
  return (
    <div>
      <span className="map-legend-title">{shading.legendTitle}:</span>
      {shading.legend.map((item) => (
        <span key={item.label} className="map-legend-item">
          <span className="legend-swatch square" style={{ background: item.color }} aria-hidden="true" />
          {item.label}
        </span>
      ))}
    </div>
  );
}

export function MapLegend({ places, countries, shading }: { places: PlacePoint[]; countries: MapCountry[]; shading?: CountryShading }) {
  const max = shading ? 0 : Math.max(0, ...countries.map((country) => country.events));
  return (
    <div className="map-legend" aria-label={mapText.legend} role="group">
      {places.length > 0 && (
        <div>
          <span className="map-legend-title">{mapText.legendRegions}:</span>
          {regionEntries(places).map(({ region, label }) => (
            <span key={region} className="map-legend-item">
              <span className="legend-swatch" style={{ background: regionColor(region) }} aria-hidden="true" />
              {label}
            </span>
          ))}
          {places.length > 1 && <span className="map-legend-note">{mapText.legendSize}</span>}
        </div>
      )}
      {shading && <ShadingLegend shading={shading} />}
      {max > 0 && (
        <div>
          <span className="map-legend-title">{mapText.legendCountries}:</span>
          {choroplethSteps(max).map((step) => (
            <span key={step.color} className="map-legend-item">
              <span className="legend-swatch square" style={{ background: step.color }} aria-hidden="true" />
              {rangeLabel(step)}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
