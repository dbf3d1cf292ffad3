/**
 * The comparison page's downloadable figures as tables: one row per category with both periods,
 * the change and the change in percent (and the change level of countries). Rows come from the
 * same builders as the page's paired charts and tables (lib/compare), in the same order; a paired
 * chart's file lists every category with the row it is drawn in (its own, or "Прочие (N)").
 */
import type { Db } from '@/db/client';
import { percentChange } from '@/lib/compare/change-level';
import { figureKeys } from '@/lib/compare/key-figures';
import { pairedBarOf, pairedCharts, type PairedCharts } from '@/lib/compare/paired-bars';
import type { Comparison } from '@/lib/compare/periods';
import { SIDES } from '@/lib/filters/compare';
import { compareExportText, compareText as t, exportText, regionLabels } from '@/lib/i18n/ru';
import { getSpheres } from '@/lib/queries/spheres';
import type { CompareFigureId } from './figure-ids';
import type { CellValue, Column, FigureTable } from './figures';

type ReadCompareFigure = (db: Db, comparison: Comparison) => FigureTable;

const c = exportText.columns;
const text = (header: string, width = 24): Column => ({ header, width, type: 'text' });
const number = (header: string, width = 14): Column => ({ header, width, type: 'number' });

/** "Период A: III кв. 2025", "Период B: IV кв. 2025", "Изменение", "Изменение, %". */
function changeColumns({ a, b }: Comparison): Column[] {
  const periods = SIDES.map((side) => number(compareExportText.period(side, (side === 'a' ? a : b).label), 22));
  return [...periods, number(t.change), number(t.changeShare)];
}

/** Both values, the change and the change in percent; no change (empty cells) unless both periods rest on their reports. */
function changeCells(a: number, b: number, comparable: boolean): CellValue[] {
  return comparable ? [a, b, b - a, percentChange(a, b) ?? null] : [a, b, null, null];
}

function readFigures(_db: Db, comparison: Comparison): FigureTable {
  const { a, b, comparable } = comparison;
  // Nothing loaded, or a zero among other reports' rows for a quarter without its report: not a measurement (as on the page).
  const value = (period: typeof a, n: number) => (period.coverage.status === 'empty' || (period.coverage.status === 'unreported' && n === 0) ? null : n);
  return {
    title: t.figuresTitle,
    columns: [text(t.figure, 40), ...changeColumns(comparison)],
    rows: figureKeys(a.figures, b.figures).map((key) => {
      const [valueA, valueB, ...change] = changeCells(a.figures[key], b.figures[key], comparable);
      return [t.figureLabels[key] ?? key, value(a, valueA as number), value(b, valueB as number), ...change];
    }),
  };
}

function readPaired(title: string, kind: 'sphere' | 'country', chart: keyof PairedCharts): ReadCompareFigure {
  return (db, comparison) => ({
    title,
    columns: [
      ...(kind === 'sphere' ? [text(c.sphere, 28), text(c.sphereFull, 60)] : [text(c.country), text(c.region, 20)]),
      ...changeColumns(comparison),
      text(c.bar, 22),
    ],
    rows: ((figure) =>
      figure.all.map((item, i) => [
        item.label,
        kind === 'sphere' ? item.fullLabel : (item.region ?? null),
        ...changeCells(item.a, item.b, comparison.comparable),
        pairedBarOf(figure, i),
      ]))(pairedCharts(comparison, getSpheres(db))[chart]),
  });
}

function readLevels(title: string): ReadCompareFigure {
  return (_db, comparison) => ({
    title,
    columns: [text(c.country), text(c.region, 20), ...changeColumns(comparison), text(t.level, 18)],
    rows: comparison.countries.map((country) => [
      country.nameRu,
      regionLabels[country.region],
      ...changeCells(country.a, country.b, comparison.comparable),
      t.levels[country.level] ?? country.level,
    ]),
  });
}

export const COMPARE_FIGURES: Record<CompareFigureId, ReadCompareFigure> = {
  'compare-figures': readFigures,
  'compare-spheres': readPaired(t.spheresTitle, 'sphere', 'spheres'),
  'compare-countries': readPaired(t.countriesTitle, 'country', 'countries'),
  'compare-sme-spheres': readPaired(t.smeBySphereTitle, 'sphere', 'smeSpheres'),
  'compare-sme-countries': readPaired(t.smeByCountryTitle, 'country', 'smeCountries'),
  'compare-map': readLevels(t.mapTitle),
  'compare-levels': readLevels(t.levelsTitle),
};
