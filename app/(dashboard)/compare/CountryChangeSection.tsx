import type { ExportContext } from '@/lib/export/context';
import { EventsMap } from '@/app/_components/map/EventsMap';
import type { CountryShading } from '@/app/_components/map/types';
import { Card } from '@/app/_components/ui/Card';
import { levelColor } from '@/lib/compare/colors';
import { CHANGE_LEVELS, CHANGE_MIN_EVENTS, CHANGE_MIN_RATIO, LARGE_CHANGE_MIN_EVENTS, LARGE_CHANGE_MIN_RATIO } from '@/lib/compare/change-level';
import type { CountryChange } from '@/lib/compare/pairs';
import { spanFilters, type PeriodData } from '@/lib/compare/periods';
import { env } from '@/lib/env';
import { toSearchParams, type Filters } from '@/lib/filters/filters';
import { formatNumber } from '@/lib/format';
import { compareText as t } from '@/lib/i18n/ru';
import { ChangeLevelTable } from './ChangeLevelTable';
import { CountryShifts } from './CountryShifts';

interface Props {
  a: PeriodData;
  b: PeriodData;
  countries: CountryChange[];
  /** Both periods rest on their reports; otherwise no level, new or dropped country is claimed. */
  comparable: boolean;
  filters: Filters;
  exportContext: ExportContext;
}

/** The levels present, in the order of the rule, as the map's legend. */
function shadingOf(countries: CountryChange[]): CountryShading {
  const present = [...CHANGE_LEVELS, 'unknown' as const].filter((level) => countries.some((country) => country.level === level));
  return {
    colors: Object.fromEntries(countries.map((country) => [country.code, levelColor(country.level)])),
    legendTitle: t.mapLegend,
    legend: present.map((level) => ({ color: levelColor(level), label: t.levels[level] ?? level })),
  };
}

const ratio = (n: number) => n.toLocaleString('ru-RU');
const levelsNote = t.levelsNote(LARGE_CHANGE_MIN_EVENTS, ratio(LARGE_CHANGE_MIN_RATIO), CHANGE_MIN_EVENTS, ratio(CHANGE_MIN_RATIO));

/** New and dropped partner countries, and every country's change level on a map and in a table. */
export function CountryChangeSection({ a, b, countries, comparable, filters, exportContext }: Props) {
  const both = spanFilters(filters, a.range, b.range);
  const mapCountries = countries.map((country) => ({
    code: country.code,
    nameRu: country.nameRu,
    events: country.b,
    note: t.mapTooltip(formatNumber(country.a), formatNumber(country.b), t.levels[country.level] ?? country.level),
  }));
  return (
    <>
      <div className="grid compare-countries">
        <Card title={t.shiftTitle} testId="compare-shifts">
          {comparable ? <CountryShifts countries={countries} filtersA={a.filters} filtersB={b.filters} /> : <p className="notice" data-testid="cmp-shifts-unknown">{t.shiftsNotComparable}</p>}
        </Card>
        <Card title={t.mapTitle} note={t.mapNote} testId="compare-map" exportAs={{ figure: 'compare-map', context: exportContext }}>
          <EventsMap size="small" places={[]} countries={mapCountries} filtersQuery={toSearchParams(both).toString()} tileUrl={env.tileUrl} tileAttribution={env.tileAttribution} shading={shadingOf(countries)} />
        </Card>
      </div>
      <Card title={t.levelsTitle} note={comparable ? levelsNote : t.levelNote} testId="compare-levels" exportAs={{ figure: 'compare-levels', context: exportContext }}>
        <ChangeLevelTable countries={countries} periodLabels={{ a: a.label, b: b.label }} filters={both} />
      </Card>
    </>
  );
}
