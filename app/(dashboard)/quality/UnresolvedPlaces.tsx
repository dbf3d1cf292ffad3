import Link from 'next/link';
import { DataTable } from '@/app/_components/tables/DataTable';
import { PlainList } from '@/app/_components/ui/PlainList';
import type { ListedPlaceAlias, UnresolvedPlace } from '@/lib/curation/aliases';
import { formatDateTime } from '@/lib/format';
import { getCountry, listCountries } from '@/lib/geo/countries';
import { common, placeAliasText as t } from '@/lib/i18n/ru';
import { reportPeriodName } from '@/lib/periods';
import { PlaceResolver } from './PlaceResolver';
import { UndoButton } from './UndoButton';

/** The map starts over the region when the rows name no country. */
const HOME: [number, number] = [54.78, 32.05];

/** Place texts no rule resolved, each with its rows and (editors) the resolver. */
export function UnresolvedPlaces({ places, canEdit }: { places: UnresolvedPlace[]; canEdit: boolean }) {
  const countries = listCountries()
    .map((country) => ({ code: country.code, name: country.nameRu }))
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  return (
    <DataTable
      rows={places} rowKey={(place) => place.text} rowProps={(place) => ({ 'data-place-text': place.text })} testId="unresolved-places"
      empty={<p className="muted">{t.none}</p>}
      columns={[
        {
          header: t.text,
          cell: (place) => (
            <>
              <strong>{place.text}</strong>
              <div className="muted">{t.rowCount(place.rowCount)}</div>
              {canEdit && <PlaceResolver text={place.text} country={place.country} center={getCountry(place.country ?? '')?.centroid ?? HOME} countries={countries} />}
            </>
          ),
        },
        {
          header: t.rows,
          cell: (place) => (
            <>
              <PlainList items={place.rows} itemKey={(row) => row.eventId}>
                {(row) => (
                  <>
                    <Link href={`/events/${row.eventId}`}>
                      {reportPeriodName(row.periodKey)}, {row.seq}
                    </Link>{' '}
                    {row.title}
                  </>
                )}
              </PlainList>
              {place.rowCount > place.rows.length && <p className="muted">{common.andMore(place.rowCount - place.rows.length)}</p>}
            </>
          ),
        },
      ]}
    />
  );
}

/** The stored aliases with undo (editors) and the data file download. */
export function PlaceAliases({ aliases, canEdit }: { aliases: ListedPlaceAlias[]; canEdit: boolean }) {
  if (aliases.length === 0) return <p className="muted">{t.aliasesNone}</p>;
  return (
    <>
      <DataTable
        rows={aliases} rowKey={(alias) => alias.id} testId="place-aliases"
        columns={[
          { header: t.text, cell: (alias) => alias.text },
          { header: t.covers, cell: (alias) => (alias.covers.length > 0 ? alias.covers.join(', ') : <span className="muted">{t.coversNone}</span>) },
          {
            header: t.place,
            cell: (alias) => (
              <>
                {alias.name}, {getCountry(alias.countryCode)?.nameRu ?? alias.countryCode} <span className="muted">({alias.lat}, {alias.lon})</span>
              </>
            ),
          },
          { header: t.reason, cell: (alias) => alias.reason },
          {
            header: t.who,
            cell: (alias) => (
              <>
                {alias.username}, {formatDateTime(alias.at)}
                {canEdit && <UndoButton action={`/api/places/aliases/${alias.id}`} label={t.undo} />}
              </>
            ),
          },
        ]}
      />
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
