import { afterShell } from '@/app/_components/streaming/after-shell';
import { ListLimitNote } from '@/app/_components/tables/ListLimitNote';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { chartText, listLimitText, nouns } from '@/lib/i18n/ru';
import { getDb } from '@/lib/queries/db';
import { getPlacePoints } from '@/lib/queries/places';
import { placeBars } from './chart-data';
import { HorizontalBarChart } from './HorizontalBarChart';

/** Bars for the places with the most events; all of them are on the map. */
const TOP_PLACES = 15;

/** Events by place of a country or sphere page, streamed after the page's figures (the places query is the slow one). */
export async function PlacesChartSection({ filters, ariaLabel }: { filters: Filters; ariaLabel: string }) {
  await afterShell();
  const points = getPlacePoints(getDb(), filters);
  const shown = points.slice(0, TOP_PLACES);
  return (
    <>
      <HorizontalBarChart items={placeBars(shown, filters)} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={ariaLabel} />
      <ListLimitNote shown={shown.length} total={points.length} text={listLimitText.placesShown} href={hrefWith('/map', filters)} linkLabel={listLimitText.allPlaces} />
    </>
  );
}
