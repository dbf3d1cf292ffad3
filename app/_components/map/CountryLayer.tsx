'use client';

import { useRouter } from 'next/navigation';
import { GeoJSON, Pane, Tooltip } from 'react-leaflet';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { formatEventCount } from '@/lib/format';
import { choroplethColor } from '@/lib/palette';
import type { MapCountry } from './types';
import { SHAPE_BY_CODE } from './world-shapes';

interface Props {
  countries: MapCountry[];
  filters: Filters;
  /** Fill colour per country code, instead of the event-count choropleth. */
  colors?: Record<string, string>;
}

/** Partner countries shaded by their number of events; a click opens their events. */
export function CountryLayer({ countries, filters, colors }: Props) {
  const router = useRouter();
  const max = Math.max(0, ...countries.map((country) => country.events));
  const shaded = countries.filter((country) => SHAPE_BY_CODE.has(country.code));
  return (
    <Pane name="countries" style={{ zIndex: 350 }}>
      {shaded.map((country) => (
        <GeoJSON
          key={country.code}
          data={SHAPE_BY_CODE.get(country.code)!}
          style={{ className: `country-shape country-${country.code}`, color: '#4f5d6c', weight: 0.8, fillColor: colors?.[country.code] ?? choroplethColor(country.events, max), fillOpacity: 0.9 }}
          eventHandlers={{ click: () => router.push(hrefWith('/events', { ...filters, country: [country.code] })) }}
        >
          <Tooltip sticky>
            <strong>{country.nameRu}</strong>
            <br />
            {country.note ?? formatEventCount(country.events)}
          </Tooltip>
        </GeoJSON>
      ))}
    </Pane>
  );
}
