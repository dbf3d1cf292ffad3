import { EventsMap } from '@/app/_components/map/EventsMap';
import { afterShell } from '@/app/_components/streaming/after-shell';
import { env } from '@/lib/env';
import { toSearchParams, type Filters } from '@/lib/filters/filters';
import type { CountryCount } from '@/lib/queries/countries';
import { getDb } from '@/lib/queries/db';
import { getPlacePoints } from '@/lib/queries/places';

/** The overview's small map, streamed last: its places query is the slowest of the page. */
export async function OverviewMap({ filters, byCountry }: { filters: Filters; byCountry: CountryCount[] }) {
  await afterShell();
  return (
    <EventsMap
      size="small"
      places={getPlacePoints(getDb(), filters)}
      countries={byCountry.map(({ code, nameRu, events }) => ({ code, nameRu, events }))}
      filtersQuery={toSearchParams(filters).toString()}
      tileUrl={env.tileUrl}
      tileAttribution={env.tileAttribution}
    />
  );
}
