import { ExportMenu } from '@/app/_components/export/ExportMenu';
import { loadExportContext } from '@/lib/export/context';
import { exportAttributes } from '@/app/_components/export/export-target';
import { EventsMap } from '@/app/_components/map/EventsMap';
import { afterShell } from '@/app/_components/streaming/after-shell';
import { ListLimitNote } from '@/app/_components/tables/ListLimitNote';
import { Card } from '@/app/_components/ui/Card';
import { env } from '@/lib/env';
import { toSearchParams, type Filters } from '@/lib/filters/filters';
import { listLimitText, mapText } from '@/lib/i18n/ru';
import { getEventsByCountry } from '@/lib/queries/countries';
import { getDb } from '@/lib/queries/db';
import { getPlacePoints } from '@/lib/queries/places';
import { PlacesTable } from './PlacesTable';

/**
 * Rows of the places table (places with the most events first); the downloads hold all of them.
 * The markers are all on the map above; a longer list doubled the page (HTML and React payload).
 */
const TABLE_ROWS = 50;

/** The map and its places table, streamed after the page's heading (the places query is slow). */
export async function MapSection({ filters }: { filters: Filters }) {
  await afterShell();
  const db = getDb();
  const places = getPlacePoints(db, filters);
  const countries = getEventsByCountry(db, filters).map(({ code, nameRu, events }) => ({ code, nameRu, events }));
  const exportContext = loadExportContext(db, filters);
  const tableRows = places.slice(0, TABLE_ROWS);
  return (
    <>
      <div className="export-region" {...exportAttributes({ figure: 'map', context: exportContext }, mapText.title)}>
        <ExportMenu figure="map" title={mapText.title} query={exportContext.query} period={exportContext.period} />
        <EventsMap size="large" places={places} countries={countries} filtersQuery={toSearchParams(filters).toString()} tileUrl={env.tileUrl} tileAttribution={env.tileAttribution} />
      </div>
      <Card title={mapText.placesTable} note={mapText.placesTableNote} testId="places-table" exportAs={{ figure: 'places-table', context: exportContext }}>
        <PlacesTable places={tableRows} filters={filters} />
        <ListLimitNote shown={tableRows.length} total={places.length} text={listLimitText.placesTableShown} />
      </Card>
    </>
  );
}
