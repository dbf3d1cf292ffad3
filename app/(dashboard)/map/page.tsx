import { Suspense } from 'react';
import { CoverageNotice } from '@/app/_components/coverage/CoverageNotice';
import { PageFilters } from '@/app/_components/filters/PageFilters';
import { Skeleton } from '@/app/_components/ui/Skeleton';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { mapText } from '@/lib/i18n/ru';
import { getFilterCoverage } from '@/lib/queries/coverage';
import { getDb } from '@/lib/queries/db';
import { MapSection } from './MapSection';

export const metadata = { title: mapText.title };

/** The large map with its legend and layer switches. */
const MAP_HEIGHT = 660;

export default async function MapPage({ searchParams }: { searchParams: SearchParams }) {
  const { filters } = await loadPageFilters(searchParams);
  return (
    <>
      <h1>{mapText.title}</h1>
      <p className="subtitle">{mapText.intro}</p>
      <PageFilters filters={filters} path="/map" />
      <CoverageNotice coverage={getFilterCoverage(getDb(), filters)} />
      <Suspense fallback={<Skeleton height={MAP_HEIGHT} label={mapText.loading} />}>
        <MapSection filters={filters} />
      </Suspense>
    </>
  );
}
