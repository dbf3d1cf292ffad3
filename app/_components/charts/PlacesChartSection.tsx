import { afterShell } from '@/app/_components/streaming/after-shell';
import { ListLimitNote } from '@/app/_components/tables/ListLimitNote';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import { chartText, listLimitText, nouns } from '@/lib/i18n/ru';
import { chartOf, placesFigure } from '@/lib/figures/figures';
import { getDb } from '@/lib/queries/db';
import { HorizontalBarChart } from './HorizontalBarChart';

/** Events by place of a country or sphere page, streamed after the page's figures (the places query is the slow one). */
export async function PlacesChartSection({ filters, ariaLabel }: { filters: Filters; ariaLabel: string }) {
  await afterShell();
  const places = placesFigure(getDb(), filters);
  return (
    <>
      <HorizontalBarChart {...chartOf(places)} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={ariaLabel} />
      <ListLimitNote shown={places.shown} total={places.all.length} text={listLimitText.placesShown} href={hrefWith('/map', filters)} linkLabel={listLimitText.allPlaces} />
    </>
  );
}
