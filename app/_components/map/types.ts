import type { PlacePoint } from '@/lib/queries/places';

/** Events per partner country (ISO alpha-2), for the choropleth. */
export interface MapCountry {
  code: string;
  nameRu: string;
  events: number;
  /** Tooltip text instead of the event count (e.g. the change between two periods). */
  note?: string;
}

/** A colour per country instead of the event-count choropleth, with its own legend. */
export interface CountryShading {
  colors: Record<string, string>;
  legendTitle: string;
  legend: { color: string; label: string }[];
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
  /** Overrides the choropleth (the comparison page colours countries by change level). */
  shading?: CountryShading;
}

/** Which overlays are drawn. */
export interface MapLayers {
  places: boolean;
  countries: boolean;
}
