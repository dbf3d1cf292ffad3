import { ExportMenu } from '@/app/_components/export/ExportMenu';
import { loadExportContext } from '@/app/_components/export/export-context';
import { exportAttributes } from '@/app/_components/export/export-target';
import { EventsMap } from '@/app/_components/map/EventsMap';
import { Card } from '@/app/_components/ui/Card';
import { env } from '@/lib/env';
import { toSearchParams } from '@/lib/filters/filters';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { mapText } from '@/lib/i18n/ru';
import { getEventsByCountry } from '@/lib/queries/countries';
import { getDb } from '@/lib/queries/db';
import { getPlacePoints } from '@/lib/queries/places';
import { PlacesTable } from './PlacesTable';

export default async function MapPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await loadPageFilters(searchParams);
  const db = getDb();
  const places = getPlacePoints(db, filters);
  const countries = getEventsByCountry(db, filters).map(({ code, nameRu, events }) => ({ code, nameRu, events }));
  const filtersQuery = toSearchParams(filters).toString();
  const exportContext = loadExportContext(db, filters);
  return (
    <>
      <h1>{mapText.title}</h1>
      <p className="subtitle">{mapText.intro}</p>
      <div className="export-region" {...exportAttributes({ figure: 'map', context: exportContext }, mapText.title)}>
        <ExportMenu figure="map" title={mapText.title} query={exportContext.query} period={exportContext.period} />
        <EventsMap
          size="large"
          places={places}
          countries={countries}
          filtersQuery={filtersQuery}
          tileUrl={env.tileUrl}
          tileAttribution={env.tileAttribution}
        />
      </div>
      <Card title={mapText.placesTable} note={mapText.placesTableNote} testId="places-table" exportAs={{ figure: 'places-table', context: exportContext }}>
        <PlacesTable places={places} filters={filters} />
      </Card>
    </>
  );
}
