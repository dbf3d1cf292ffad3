import { notFound } from 'next/navigation';
import { chartOf, countriesFigure } from '@/lib/figures/figures';
import { SubjectDetail } from '@/app/_components/detail/SubjectDetail';
import { hrefWith } from '@/lib/filters/filters';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { spheresText as t } from '@/lib/i18n/ru';
import { getDb } from '@/lib/queries/db';
import { getSphereBySlug } from '@/lib/queries/spheres';

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: SearchParams;
}

export async function generateMetadata({ params }: Props) {
  const { slug } = await params;
  const sphere = /^[a-z0-9-]{1,80}$/.test(slug) ? getSphereBySlug(getDb(), slug) : undefined;
  return { title: sphere ? `${sphere.shortLabel} — ${t.title}` : t.title };
}

export default async function SpherePage({ params, searchParams }: Props) {
  const { filters: active } = await loadPageFilters(searchParams);
  const { slug } = await params;
  const db = getDb();
  const sphere = /^[a-z0-9-]{1,80}$/.test(slug) ? getSphereBySlug(db, slug) : undefined;
  if (!sphere) notFound();
  // The page is about one sphere: it replaces any sphere chosen in the filter bar.
  const filters = { ...active, sphere: [sphere.slug] };
  return (
    <SubjectDetail
      filters={filters}
      active={active}
      path={`/spheres/${sphere.slug}`}
      back={{ href: hrefWith('/spheres', active), label: t.back }}
      title={sphere.name}
      subtitle={sphere.shortLabel}
      trendTitle={t.trendTitle}
      bars={{ title: t.countriesTitle, testId: 'chart-countries', figure: 'countries', ...chartOf(countriesFigure(db, filters)) }}
      places={{ title: t.placesTitle }}
      events={{ title: t.eventsTitle, testId: 'sphere-events' }}
    />
  );
}
