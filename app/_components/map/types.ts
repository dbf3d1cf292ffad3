import type { PlacePoint } from '@/lib/queries/places';

/** Events per partner country (ISO alpha-2), for the choropleth. */
export interface MapCountry {
  code: string;
  nameRu: string;
  events: number;
}

/** Props of <EventsMap>, the one map component (full page, overview and event page). */
export interface EventsMapProps {
  places: PlacePoint[];
  /** Events per country for the choropleth; empty to hide the country layer. */
  countries: MapCountry[];
  /** 'large': the map page (layer toggles, scroll zoom); 'small': overview and event page. */
  size: 'large' | 'small';
  /** Query string of the active filters, kept in drill-down links ("" when none). */
  filtersQuery: string;
  tileUrl?: string;
  tileAttribution?: string;
}

/** Which overlays are drawn. */
export interface MapLayers {
  places: boolean;
  countries: boolean;
}
