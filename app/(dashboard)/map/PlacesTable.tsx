import Link from 'next/link';
import { DataTable } from '@/app/_components/tables/DataTable';
import { EmptyState } from '@/app/_components/ui/EmptyState';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { formatNumber } from '@/lib/format';
import { mapText } from '@/lib/i18n/ru';
import { placeColor } from '@/lib/palette';
import type { PlacePoint } from '@/lib/queries/places';

/** The map's places as a table: the accessible alternative to the markers. */
export function PlacesTable({ places, filters }: { places: PlacePoint[]; filters: Filters }) {
  return (
    <DataTable
      rows={places} rowKey={(place) => place.id}
      empty={<EmptyState text={mapText.noPlaces} />}
      columns={[
        {
          header: mapText.placeColumn,
          rowHeader: true,
          cell: (place) => (
            <>
              <span className="legend-swatch marker" style={{ background: placeColor(place) }} aria-hidden="true" />
              {place.name}
            </>
          ),
        },
        { header: mapText.countryColumn, cell: (place) => place.countryName },
        { header: mapText.eventsColumn, numeric: true, cell: (place) => <Link href={hrefWith('/events', { ...filters, place: String(place.id) })}>{formatNumber(place.events)}</Link> },
      ]}
    />
  );
}
