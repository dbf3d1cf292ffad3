/**
 * Props of the shared charts. The lazy wrappers (HorizontalBarChart, QuarterTrendChart), their
 * recharts views and the data builders (chart-data.ts) all import them from here, so nothing
 * imports types back from a wrapper.
 */

import type { Filters } from '@/lib/filters/filters';
import type { PluralForms } from '@/lib/i18n/ru';
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

export interface HorizontalBarChartProps {
  items: BarItem[];
  unit: PluralForms;
  valueAxisLabel: string;
  ariaLabel: string;
  testId?: string;
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

export interface QuarterTrendChartProps {
  rows: QuarterRow[];
  series: QuarterSeries[];
  filters: Filters;
  unit: PluralForms;
  valueAxisLabel: string;
  ariaLabel: string;
  testId?: string;
}
