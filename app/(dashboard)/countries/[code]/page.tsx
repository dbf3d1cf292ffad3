import { notFound } from 'next/navigation';
import { chartOf, spheresFigure } from '@/lib/figures/figures';
import { SubjectDetail } from '@/app/_components/detail/SubjectDetail';
import { hrefWith } from '@/lib/filters/filters';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { countriesText as t, regionLabels } from '@/lib/i18n/ru';
import { getCountryByCode } from '@/lib/queries/countries';
import { getDb } from '@/lib/queries/db';

interface Props {
  params: Promise<{ code: string }>;
  searchParams: SearchParams;
}

export async function generateMetadata({ params }: Props) {
  const { code } = await params;
  const country = /^[A-Z]{2}$/.test(code) ? getCountryByCode(getDb(), code) : undefined;
  return { title: country ? `${country.nameRu} — ${t.title}` : t.title };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const { filters: active } = await loadPageFilters(searchParams);
  const { code } = await params;
  const db = getDb();
  const country = /^[A-Z]{2}$/.test(code) ? getCountryByCode(db, code) : undefined;
  if (!country) notFound();
  // The page is about one country: it replaces any country chosen in the filter bar.
  const filters = { ...active, country: [country.code] };
  return (
    <SubjectDetail
      filters={filters}
      active={active}
      path={`/countries/${country.code}`}
      back={{ href: hrefWith('/countries', active), label: t.back }}
      title={country.nameRu}
      subtitle={`${t.region}: ${regionLabels[country.region]}`}
      showPartners={false}
      trendTitle={t.trendTitle}
      bars={{ title: t.spheresTitle, testId: 'chart-spheres', figure: 'spheres', ...chartOf(spheresFigure(db, filters)) }}
      places={{ title: t.placesTitle, note: t.placesNote }}
      events={{ title: t.countryEventsTitle(country.nameRu), testId: 'country-events' }}
    />
  );
}
