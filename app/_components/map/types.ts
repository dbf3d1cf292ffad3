import type { PlacePoint } from '@/lib/queries/places';

/** Props of <EventsMap>, the one map component (full page, overview and event page). */
export interface EventsMapProps {
  places: PlacePoint[];
  /** Events per country (ISO alpha-2) for the choropleth; empty to hide the country layer. */
  countries: { code: string; nameRu: string; events: number }[];
  size: 'large' | 'small';
  /** Query string of the active filters, kept in drill-down links ("" when none). */
  filtersQuery: string;
  tileUrl?: string;
  tileAttribution?: string;
}
