import { formatNumber } from '@/lib/format';
import { chartText, common, mapText, regionLabels } from '@/lib/i18n/ru';
import { CHOROPLETH, HOME_COUNTRY, choroplethColor, hasRegionColor, placeColor } from '@/lib/palette';
import type { PlacePoint } from '@/lib/queries/places';
import type { CountryShading, MapCountry } from './types';

interface Step {
  color: string;
  from: number;
  to: number;
}

/**
 * The event counts that fall in each choropleth colour, read off choroplethColor itself. The colour
 * is monotone in the count, so each colour's first count is found by a binary search: the cost is
 * log(max) per colour, not max (1 M events made the old scan of 1…max cost ~94 ms per render).
 */
export function choroplethSteps(max: number): Step[] {
  const steps: Step[] = [];
  CHOROPLETH.forEach((color, index) => {
    const from = firstCountAtLeast(index, max);
    const to = firstCountAtLeast(index + 1, max) - 1;
    if (from <= to) steps.push({ color, from, to });
  });
  return steps;
}

/** The smallest count in 1…max whose colour is at `index` of CHOROPLETH or darker; max + 1 if none. */
function firstCountAtLeast(index: number, max: number): number {
  let low = 1;
  let high = max + 1;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (CHOROPLETH.indexOf(choroplethColor(mid, max)) >= index) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Countries named in the "Прочие" entry; the rest are counted ("и ещё 98"): the legend stays one line or two however many countries there are. */
const OTHER_NAMES = 8;

/**
 * Marker colours of the places: Russia (the home country) by name, the region groups with a colour
 * of their own, and one "Прочие" entry naming the countries of the groups drawn in its grey.
 */
function regionEntries(places: PlacePoint[]): { key: string; color: string; label: string }[] {
  const entries = new Map<string, { key: string; color: string; label: string; names: Set<string> }>();
  for (const place of places) {
    const home = place.countryCode === HOME_COUNTRY;
    const group = hasRegionColor(place.region) ? place.region : 'other';
    const key = home ? 'home' : group;
    const label = home ? place.countryName : group === 'other' ? chartText.other : regionLabels[group];
    const entry = entries.get(key) ?? { key, color: placeColor(place), label, names: new Set<string>() };
    entry.names.add(place.countryName);
    entries.set(key, entry);
  }
  return [...entries.values()].map(({ key, color, label, names }) => ({ key, color, label: key === 'other' ? `${label}: ${common.someOf([...names], OTHER_NAMES)}` : label }));
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
          {regionEntries(places).map(({ key, color, label }) => (
            <span key={key} className={key === 'other' ? 'map-legend-item wraps' : 'map-legend-item'}>
              <span className="legend-swatch marker" style={{ background: color }} aria-hidden="true" />
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
