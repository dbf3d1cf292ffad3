import { SubjectDetail } from '@/app/_components/detail/SubjectDetail';
import { findSubject, loadSubject, type SubjectKind } from '@/app/_components/detail/subject';
import { chartOf, countriesFigure } from '@/lib/figures/figures';
import { hrefWith } from '@/lib/filters/filters';
import type { SearchParams } from '@/lib/filters/page';
import { spheresText as t } from '@/lib/i18n/ru';
import { getSphereBySlug, type SphereRow } from '@/lib/queries/spheres';

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: SearchParams;
}

const SPHERE: SubjectKind<SphereRow> = { pattern: /^[a-z0-9-]{1,80}$/, find: getSphereBySlug, filter: 'sphere', key: (sphere) => sphere.slug };

export async function generateMetadata({ params }: Props) {
  const sphere = findSubject(SPHERE, (await params).slug);
  return { title: sphere ? `${sphere.shortLabel} — ${t.title}` : t.title };
}

export default async function SpherePage({ params, searchParams }: Props) {
  const { db, subject: sphere, active, filters } = await loadSubject(SPHERE, (await params).slug, searchParams);
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
