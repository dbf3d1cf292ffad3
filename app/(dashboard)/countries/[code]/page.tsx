import { SubjectDetail } from '@/app/_components/detail/SubjectDetail';
import { findSubject, loadSubject, type SubjectKind } from '@/app/_components/detail/subject';
import { chartOf, spheresFigure } from '@/lib/figures/figures';
import { hrefWith } from '@/lib/filters/filters';
import type { SearchParams } from '@/lib/filters/page';
import { countriesText as t, regionLabels } from '@/lib/i18n/ru';
import { type CountryInfoRow, getCountryByCode } from '@/lib/queries/countries';

interface Props {
  params: Promise<{ code: string }>;
  searchParams: SearchParams;
}

const COUNTRY: SubjectKind<CountryInfoRow> = { pattern: /^[A-Z]{2}$/, find: getCountryByCode, filter: 'country', key: (country) => country.code };

export async function generateMetadata({ params }: Props) {
  const country = findSubject(COUNTRY, (await params).code);
  return { title: country ? `${country.nameRu} — ${t.title}` : t.title };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const { db, subject: country, active, filters } = await loadSubject(COUNTRY, (await params).code, searchParams);
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
