import Link from 'next/link';
import { percentChange } from '@/lib/compare/change-level';
import { figureKeys, type FigureKey } from '@/lib/compare/key-figures';
import { SIDES, } from '@/lib/filters/compare';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import type { Flag } from '@/lib/vocabulary';
import { formatNumber } from '@/lib/format';
import { compareText as t, coverageText } from '@/lib/i18n/ru';
import type { SpanCoverage } from '@/lib/periods';
import type { KeyFigures } from '@/lib/queries/overview';
import { formatChange, formatPercentChange } from './change-format';

interface FigureColumn {
  label: string;
  figures: KeyFigures;
  /** Drill-down filters of this column's period. */
  filters: Filters;
  coverage: SpanCoverage;
}

interface Props {
  caption: string;
  /** A is missing in the single-period view. */
  columns: { a?: FigureColumn; b: FigureColumn };
  /** Both periods rest on their reports; otherwise the change columns read "н/д". */
  comparable: boolean;
  testIdPrefix: string;
}

/** Each figure's drill-down: the events behind it (as on the overview's key figures). */
const flagged = (filters: Filters, flag: Flag) => hrefWith('/events', { ...filters, has: [...new Set([...(filters.has ?? []), flag])] });

const DRILL_DOWN: Partial<Record<FigureKey, (filters: Filters) => string>> = {
  events: (filters) => hrefWith('/events', filters),
  partnerCountries: (filters) => hrefWith('/countries', filters),
  smeParticipations: (filters) => flagged(filters, 'sme'),
  eventsWithSme: (filters) => flagged(filters, 'sme'),
  documentsSigned: (filters) => flagged(filters, 'signed'),
  abroad: (filters) => flagged(filters, 'abroad'),
  foreignInRegion: (filters) => hrefWith('/events', { ...filters, has: [...new Set([...(filters.has ?? []), 'foreign' as const])], direction: ['inbound', 'hosted'] }),
  foreignElsewhere: (filters) => hrefWith('/events', { ...filters, has: [...new Set([...(filters.has ?? []), 'foreign' as const])], direction: ['outbound'] }),
  remote: (filters) => hrefWith('/events', { ...filters, format: ['remote'] }),
};

/**
 * Key figures of two periods side by side, with the absolute and the relative change from the first
 * to the second. A period with nothing loaded shows "н/д", not 0; changes are "н/д" unless both
 * periods rest on their reports.
 */
export function FigureTable({ caption, columns, comparable, testIdPrefix }: Props) {
  const sides = SIDES.filter((side) => columns[side] !== undefined);
  const pair = columns.a ? { a: columns.a, b: columns.b } : undefined;
  const na = coverageText.notAvailable;
  return (
    <div className="table-scroll">
      <table className="data compare-figures">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.figure}</th>
            {sides.map((side) => (
              <th key={side} scope="col" className="num">
                {columns[side]?.label}
              </th>
            ))}
            {pair && (
              <>
                <th scope="col" className="num">{t.change}</th>
                <th scope="col" className="num">{t.changeShare}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {figureKeys(columns.a?.figures ?? columns.b.figures, columns.b.figures).map((key) => {
            return (
              <tr key={key} data-testid={`${testIdPrefix}-${key}`}>
                <th scope="row">{t.figureLabels[key]}</th>
                {sides.map((side) => {
                  const column = columns[side]!;
                  return (
                    <td key={side} className={column.coverage.status === 'complete' ? 'num' : 'num uncovered'} data-testid={`${testIdPrefix}-${key}-${side}`}>
                      {notMeasured(column, column.figures[key]) ? na : <FigureValue value={column.figures[key]} href={DRILL_DOWN[key]?.(column.filters)} />}
                    </td>
                  );
                })}
                {pair && (
                  <>
                    <td className="num" data-testid={`${testIdPrefix}-${key}-change`}>
                      {comparable ? formatChange(pair.b.figures[key] - pair.a.figures[key]) : na}
                    </td>
                    <td className="num" data-testid={`${testIdPrefix}-${key}-share`}>
                      {comparable ? formatPercentChange(percentChange(pair.a.figures[key], pair.b.figures[key])) : na}
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Nothing loaded, or a zero among rows other reports give for a quarter without its report: not a measurement. */
function notMeasured(column: { coverage: SpanCoverage }, value: number): boolean {
  return column.coverage.status === 'empty' || (column.coverage.status === 'unreported' && value === 0);
}

function FigureValue({ value, href }: { value: number; href?: string }) {
  return href && value > 0 ? <Link href={href}>{formatNumber(value)}</Link> : formatNumber(value);
}
