import { withSme } from '@/app/_components/charts/chart-data';
import { Card } from '@/app/_components/ui/Card';
import type { Filters } from '@/lib/filters/filters';
import { chartText, compareText as t, nouns } from '@/lib/i18n/ru';
import type { SphereRow } from '@/lib/queries/spheres';
import { PairedBarChart } from './PairedBarChart';
import type { PeriodData } from './comparison';
import { pairedCountryBars, pairedSphereBars } from './paired-bars';

const TOP_COUNTRIES = 10;

interface Props {
  a: PeriodData;
  b: PeriodData;
  spheres: SphereRow[];
  filters: Filters;
}

/** Spheres, countries and SME participation of both periods as paired bars. */
export function CompareCharts({ a, b, spheres, filters }: Props) {
  const periods: [PeriodData, PeriodData] = [a, b];
  const labels = { a: a.label, b: b.label };
  const sme = { has: withSme(filters).has };
  return (
    <div className="grid compare-charts">
      <Card title={t.spheresTitle} testId="compare-spheres">
        <PairedBarChart items={pairedSphereBars(a.spheres, b.spheres, periods, spheres, (s) => s.events)} periodLabels={labels} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.spheresTitle} />
      </Card>
      <Card title={t.countriesTitle} note={t.countriesNote} testId="compare-countries">
        <PairedBarChart items={pairedCountryBars(a.countries, b.countries, periods, (c) => c.events).slice(0, TOP_COUNTRIES)} periodLabels={labels} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.countriesTitle} />
      </Card>
      <Card title={t.smeBySphereTitle} note={t.smeNote} testId="compare-sme-spheres">
        <PairedBarChart items={pairedSphereBars(a.spheres, b.spheres, periods, spheres, (s) => s.smeParticipations, sme)} periodLabels={labels} unit={nouns.smeParticipation} valueAxisLabel={chartText.smeAxis} ariaLabel={t.smeBySphereTitle} />
      </Card>
      <Card title={t.smeByCountryTitle} note={t.smeNote} testId="compare-sme-countries">
        <PairedBarChart items={pairedCountryBars(a.smeByCountry, b.smeByCountry, periods, (c) => c.smeParticipations, sme)} periodLabels={labels} unit={nouns.smeParticipation} valueAxisLabel={chartText.smeAxis} ariaLabel={t.smeByCountryTitle} />
      </Card>
    </div>
  );
}
