import type { ExportContext } from '@/lib/export/context';
import { Card } from '@/app/_components/ui/Card';
import type { PairedCharts } from '@/lib/compare/paired-bars';
import type { Side } from '@/lib/filters/compare';
import { chartText, compareText as t, nouns } from '@/lib/i18n/ru';
import { PairedBarChart } from './PairedBarChart';

interface Props {
  charts: PairedCharts;
  periodLabels: Record<Side, string>;
  /** Periods without their report: hatched bars. */
  uncovered: Partial<Record<Side, boolean>>;
  exportContext: ExportContext;
}

/** Spheres, countries and SME participation of both periods as paired bars. */
export function CompareCharts({ charts, periodLabels, uncovered, exportContext }: Props) {
  const exportAs = (figure: 'compare-spheres' | 'compare-countries' | 'compare-sme-spheres' | 'compare-sme-countries') => ({ figure, context: exportContext });
  return (
    <div className="grid compare-charts">
      <Card title={t.spheresTitle} testId="compare-spheres" exportAs={exportAs('compare-spheres')}>
        <PairedBarChart items={charts.spheres.items} note={charts.spheres.note} periodLabels={periodLabels} uncovered={uncovered} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.spheresTitle} />
      </Card>
      <Card title={t.countriesTitle} note={t.countriesNote} testId="compare-countries" exportAs={exportAs('compare-countries')}>
        <PairedBarChart items={charts.countries.items} note={charts.countries.note} periodLabels={periodLabels} uncovered={uncovered} unit={nouns.event} valueAxisLabel={chartText.eventsAxis} ariaLabel={t.countriesTitle} />
      </Card>
      <Card title={t.smeBySphereTitle} note={t.smeNote} testId="compare-sme-spheres" exportAs={exportAs('compare-sme-spheres')}>
        <PairedBarChart items={charts.smeSpheres.items} note={charts.smeSpheres.note} periodLabels={periodLabels} uncovered={uncovered} unit={nouns.smeParticipation} valueAxisLabel={chartText.smeAxis} ariaLabel={t.smeBySphereTitle} />
      </Card>
      <Card title={t.smeByCountryTitle} note={t.smeNote} testId="compare-sme-countries" exportAs={exportAs('compare-sme-countries')}>
        <PairedBarChart items={charts.smeCountries.items} note={charts.smeCountries.note} periodLabels={periodLabels} uncovered={uncovered} unit={nouns.smeParticipation} valueAxisLabel={chartText.smeAxis} ariaLabel={t.smeByCountryTitle} />
      </Card>
    </div>
  );
}
