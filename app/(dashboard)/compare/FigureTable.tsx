import Link from 'next/link';
import { percentChange } from '@/lib/compare/change-level';
import { figureKeys, type FigureKey } from '@/lib/compare/key-figures';
import { SIDES, type Side } from '@/lib/filters/compare';
import { hrefWith, type FLAGS, type Filters } from '@/lib/filters/filters';
import { formatNumber } from '@/lib/format';
import { compareText as t } from '@/lib/i18n/ru';
import type { KeyFigures } from '@/lib/queries/overview';
import { formatChange, formatPercentChange } from './change-format';

interface FigureColumn {
  label: string;
  figures: KeyFigures;
  /** Drill-down filters of this column's period. */
  filters: Filters;
}

interface Props {
  caption: string;
  columns: Record<Side, FigureColumn>;
  testIdPrefix: string;
}

/** Each figure's drill-down: the events behind it (as on the overview's key figures). */
const flagged = (filters: Filters, flag: (typeof FLAGS)[number]) => hrefWith('/events', { ...filters, has: [...new Set([...(filters.has ?? []), flag])] });

const DRILL_DOWN: Partial<Record<FigureKey, (filters: Filters) => string>> = {
  events: (filters) => hrefWith('/events', filters),
  partnerCountries: (filters) => hrefWith('/countries', filters),
  smeParticipations: (filters) => flagged(filters, 'sme'),
  eventsWithSme: (filters) => flagged(filters, 'sme'),
  documentsSigned: (filters) => flagged(filters, 'signed'),
  abroad: (filters) => flagged(filters, 'abroad'),
  foreignParticipants: (filters) => flagged(filters, 'foreign'),
  remote: (filters) => hrefWith('/events', { ...filters, format: ['remote'] }),
};

/** Key figures of two periods side by side, with the absolute and the relative change from the first to the second. */
export function FigureTable({ caption, columns, testIdPrefix }: Props) {
  return (
    <div className="table-scroll">
      <table className="data compare-figures">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.figure}</th>
            {SIDES.map((side) => (
              <th key={side} scope="col" className="num">
                {columns[side].label}
              </th>
            ))}
            <th scope="col" className="num">{t.change}</th>
            <th scope="col" className="num">{t.changeShare}</th>
          </tr>
        </thead>
        <tbody>
          {figureKeys(columns.a.figures, columns.b.figures).map((key) => {
            const [a, b] = SIDES.map((side) => columns[side].figures[key]) as [number, number];
            return (
              <tr key={key} data-testid={`${testIdPrefix}-${key}`}>
                <th scope="row">{t.figureLabels[key]}</th>
                {SIDES.map((side) => (
                  <td key={side} className="num" data-testid={`${testIdPrefix}-${key}-${side}`}>
                    <FigureValue value={columns[side].figures[key]} href={DRILL_DOWN[key]?.(columns[side].filters)} />
                  </td>
                ))}
                <td className="num" data-testid={`${testIdPrefix}-${key}-change`}>{formatChange(b - a)}</td>
                <td className="num">{formatPercentChange(percentChange(a, b))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function FigureValue({ value, href }: { value: number; href?: string }) {
  return href && value > 0 ? <Link href={href}>{formatNumber(value)}</Link> : formatNumber(value);
}
