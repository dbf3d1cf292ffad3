import Link from 'next/link';
import { type Column, DataTable } from '@/app/_components/tables/DataTable';
import { percentChange } from '@/lib/compare/change-level';
import { figureKeys, type FigureKey } from '@/lib/compare/key-figures';
import { SIDES, } from '@/lib/filters/compare';
import { hrefWith, type Filters } from '@/lib/filters/filters';
import type { Flag } from '@/lib/vocabulary';
import { formatNumber } from '@/lib/format';
import { compareText as t, coverageText } from '@/lib/i18n/ru';
import type { SpanCoverage } from '@/lib/periods';
import type { KeyFigures } from '@/lib/queries/overview';
import { formatChange, formatPercentChange } from '@/lib/compare/change-format';

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
  const change = (header: string, suffix: string, value: (a: number, b: number) => string): Column<FigureKey> | false =>
    pair !== undefined && {
      header,
      numeric: true,
      cellProps: (key) => ({ 'data-testid': `${testIdPrefix}-${key}-${suffix}` }),
      cell: (key) => (comparable ? value(pair.a.figures[key], pair.b.figures[key]) : na),
    };
  return (
    <DataTable
      rows={figureKeys(columns.a?.figures ?? columns.b.figures, columns.b.figures)} rowKey={(key) => key} rowProps={(key) => ({ 'data-testid': `${testIdPrefix}-${key}` })}
      caption={caption} className="compare-figures" scroll
      columns={[
        { header: t.figure, rowHeader: true, cell: (key) => t.figureLabels[key] },
        ...sides.map((side): Column<FigureKey> => {
          const column = columns[side]!;
          return {
            header: column.label,
            numeric: true,
            cellProps: (key) => ({ className: column.coverage.status === 'complete' ? undefined : 'uncovered', 'data-testid': `${testIdPrefix}-${key}-${side}` }),
            cell: (key) => (notMeasured(column, column.figures[key]) ? na : <FigureValue value={column.figures[key]} href={DRILL_DOWN[key]?.(column.filters)} />),
          };
        }),
        change(t.change, 'change', (a, b) => formatChange(b - a)),
        change(t.changeShare, 'share', (a, b) => formatPercentChange(percentChange(a, b))),
      ]}
    />
  );
}

/** Nothing loaded, or a zero among rows other reports give for a quarter without its report: not a measurement. */
function notMeasured(column: { coverage: SpanCoverage }, value: number): boolean {
  return column.coverage.status === 'empty' || (column.coverage.status === 'unreported' && value === 0);
}

function FigureValue({ value, href }: { value: number; href?: string }) {
  return href && value > 0 ? <Link href={href}>{formatNumber(value)}</Link> : formatNumber(value);
}
