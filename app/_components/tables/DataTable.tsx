import type { Key, ReactNode, TdHTMLAttributes } from 'react';
import { SortHeader, type Sorting } from './SortHeader';

/** Attributes a cell or row may carry beside its content: tests and styles read these. */
type DataAttributes = { [name: `data-${string}`]: string | number | undefined };
type CellAttributes = Pick<TdHTMLAttributes<HTMLTableCellElement>, 'className' | 'title'> & DataAttributes;

export interface Column<Row> {
  header: string;
  cell: (row: Row, index: number) => ReactNode;
  /** Right-aligned, never wrapped (the header too). */
  numeric?: boolean;
  /** Classes of every cell of the column beside "num" (nowrap, source-snippet …). */
  className?: string;
  /** Attributes of one row's cell (its className is added to the column's). */
  cellProps?: (row: Row) => CellAttributes;
  /** The cell heads its row (<th scope="row">). */
  rowHeader?: boolean;
  /** Rows this cell spans downward, 0 where a cell above spans over it (then it heads a row group). */
  rowSpan?: (row: Row) => number;
  /** A sortable column: its key in the table's sorting, and whether the first click sorts descending. */
  sort?: { key: string; firstDescending?: boolean };
  /** Column width (a <colgroup> is written when any column has one). */
  width?: string;
}

interface Props<Row> {
  rows: readonly Row[];
  /** `false` leaves a column out (`showSme && {…}`). */
  columns: readonly (Column<Row> | false)[];
  rowKey: (row: Row, index: number) => Key;
  rowProps?: (row: Row) => DataAttributes;
  /** Read by screen readers, not shown (the card above the table carries the visible title). */
  caption?: string;
  testId?: string;
  /** Classes beside "data". */
  className?: string;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  /**
   * A wrapper that scrolls sideways when the table is wider than the screen; `label` makes it a
   * keyboard-focusable region (axe: scrollable-region-focusable), `className` adds classes.
   */
  scroll?: boolean | { label?: string; className?: string };
  /** The same rows as cards for phones: CSS (app/phone.css) shows either the table or these, never both. */
  cards?: ReactNode;
  sorting?: Sorting;
}

/**
 * Every table of the dashboard: `table.data` with column headers, an optional hidden caption, an
 * empty state, a sideways-scrolling wrapper and a card layout for phones.
 */
export function DataTable<Row>({ rows, columns, rowKey, rowProps, caption, testId, className, empty, scroll, cards, sorting }: Props<Row>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  const shown = columns.filter((column): column is Column<Row> => column !== false);
  const table = (
    <table className={className ? `data ${className}` : 'data'} data-testid={testId}>
      {caption && <caption className="visually-hidden">{caption}</caption>}
      {shown.some((column) => column.width) && (
        <colgroup>
          {shown.map((column, i) => (
            <col key={i} style={column.width ? { width: column.width } : undefined} />
          ))}
        </colgroup>
      )}
      <thead>
        <tr>
          {shown.map((column, i) =>
            column.sort && sorting ? (
              <SortHeader key={i} label={column.header} column={column.sort.key} firstDescending={column.sort.firstDescending} numeric={column.numeric} sorting={sorting} />
            ) : (
              <th key={i} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.header}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)} {...rowProps?.(row)}>
            {shown.map((column, i) => cell(column, row, index, i))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  const wrapper = typeof scroll === 'object' ? scroll : scroll ? {} : undefined;
  if (!wrapper && !cards) return table;
  const classes = ['table-scroll', wrapper?.className, cards && 'wide-only'].filter(Boolean).join(' ');
  return (
    <>
      {wrapper?.label ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region wider than the screen must be scrollable by keyboard (axe: scrollable-region-focusable)
        <div className={classes} tabIndex={0} role="region" aria-label={wrapper.label}>
          {table}
        </div>
      ) : (
        <div className={classes}>{table}</div>
      )}
      {cards}
    </>
  );
}

function cell<Row>(column: Column<Row>, row: Row, index: number, i: number): ReactNode {
  const span = column.rowSpan?.(row);
  if (span === 0) return null;
  const { className: extra, ...attributes } = column.cellProps?.(row) ?? {};
  const className = [column.numeric && 'num', column.className, extra].filter(Boolean).join(' ') || undefined;
  const content = column.cell(row, index);
  if (column.rowHeader) {
    return (
      <th key={i} scope={span === undefined ? 'row' : 'rowgroup'} rowSpan={span} className={className} {...attributes}>
        {content}
      </th>
    );
  }
  return (
    <td key={i} rowSpan={span} className={className} {...attributes}>
      {content}
    </td>
  );
}
