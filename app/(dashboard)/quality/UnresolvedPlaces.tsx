import Link from 'next/link';
import type { PlaceAlias } from '@/db/schema';
import type { UnresolvedPlace } from '@/lib/curation/aliases';
import { formatDateTime } from '@/lib/format';
import { UndoButton } from './UndoButton';
import { getCountry, listCountries } from '@/lib/geo/countries';
import { placeAliasText as t } from '@/lib/i18n/ru';
import { reportPeriodName } from '@/lib/periods';
import { PlaceResolver } from './PlaceResolver';

/** The map starts over the region when the rows name no country. */
const HOME: [number, number] = [54.78, 32.05];

/** Place texts no rule resolved, each with its rows and (editors) the resolver. */
export function UnresolvedPlaces({ places, canEdit }: { places: UnresolvedPlace[]; canEdit: boolean }) {
  const countries = listCountries()
    .map((country) => ({ code: country.code, name: country.nameRu }))
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  return (
    <table className="data" data-testid="unresolved-places">
      <thead>
        <tr>
          <th scope="col">{t.text}</th>
          <th scope="col">{t.rows}</th>
        </tr>
      </thead>
      <tbody>
        {places.map((place) => (
          <tr key={place.text} data-place-text={place.text}>
            <td>
              <strong>{place.text}</strong>
              <div className="muted">{t.rowCount(place.rows.length)}</div>
              {canEdit && <PlaceResolver text={place.text} country={place.country} center={getCountry(place.country ?? '')?.centroid ?? HOME} countries={countries} />}
            </td>
            <td>
              <ul className="plain-list">
                {place.rows.map((row) => (
                  <li key={row.eventId}>
                    <Link href={`/events/${row.eventId}`}>
                      {reportPeriodName(row.periodKey)}, {row.seq}
                    </Link>{' '}
                    {row.title}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The stored aliases with undo (editors) and the data file download. */
export function PlaceAliases({ aliases, canEdit }: { aliases: PlaceAlias[]; canEdit: boolean }) {
  return (
    <>
      <table className="data" data-testid="place-aliases">
        <thead>
          <tr>
            <th scope="col">{t.text}</th>
            <th scope="col">{t.place}</th>
            <th scope="col">{t.reason}</th>
            <th scope="col">{t.who}</th>
          </tr>
        </thead>
        <tbody>
          {aliases.map((alias) => (
            <tr key={alias.id}>
              <td>{alias.text}</td>
              <td>
                {alias.name}, {getCountry(alias.countryCode)?.nameRu ?? alias.countryCode} <span className="muted">({alias.lat}, {alias.lon})</span>
              </td>
              <td>{alias.reason}</td>
              <td>
                {alias.username}, {formatDateTime(alias.at)}
                {canEdit && <UndoButton action={`/api/places/aliases/${alias.id}`} label={t.undo} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit && (
        <p>
          <a href="/api/places/aliases" download>
            {t.download}
          </a>
        </p>
      )}
    </>
  );
}
