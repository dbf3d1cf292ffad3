import Link from 'next/link';
import { EmptyState } from '@/app/_components/ui/EmptyState';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { formatNumber } from '@/lib/format';
import { mapText } from '@/lib/i18n/ru';
import { placeColor } from '@/lib/palette';
import type { PlacePoint } from '@/lib/queries/places';

/** The map's places as a table: the accessible alternative to the markers. */
export function PlacesTable({ places, filters }: { places: PlacePoint[]; filters: Filters }) {
  if (places.length === 0) return <EmptyState text={mapText.noPlaces} />;
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">{mapText.placeColumn}</th>
          <th scope="col">{mapText.countryColumn}</th>
          <th scope="col" className="num">
            {mapText.eventsColumn}
          </th>
        </tr>
      </thead>
      <tbody>
        {places.map((place) => (
          <tr key={place.id}>
            <th scope="row">
              <span className="legend-swatch marker" style={{ background: placeColor(place) }} aria-hidden="true" />
              {place.name}
            </th>
            <td>{place.countryName}</td>
            <td className="num">
              <Link href={hrefWith('/events', { ...filters, place: String(place.id) })}>{formatNumber(place.events)}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
