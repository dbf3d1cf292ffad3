/**
 * What a chart draws, as plain serialisable data: built on the server by lib/figures from the
 * filters, handed to the client charts as props, and written to the data files.
 */
import type { Filters } from '@/lib/filters/filters';
import type { QuarterStatus } from '@/lib/periods';

export interface BarItem {
  key: string;
  /** Short label on the axis. */
  label: string;
  /** Full name in the tooltip (defaults to the label). */
  fullLabel?: string;
  value: number;
  /** Drill-down: the events behind the bar. */
  href: string;
  color?: string;
}

export interface QuarterSeries {
  key: string;
  /** Short name in the legend. */
  label: string;
  /** Full name in the tooltip. */
  fullLabel: string;
  color: string;
  /** Filter added to the drill-down of this series' bars, e.g. { sphere: ['economy'] }. */
  filter: Partial<Filters>;
}

export interface QuarterRow {
  quarterKey: string;
  label: string;
  values: Record<string, number>;
  /** 'report': the quarter's report is loaded; otherwise the column is hatched and marked "нет отчёта". */
  coverage: QuarterStatus;
}


/** Key of the "прочие" bar that gathers the categories a chart leaves out. */
export const OTHERS_KEY = '__others';
