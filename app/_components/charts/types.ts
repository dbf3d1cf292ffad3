/**
 * Props of the shared charts. The lazy wrappers (HorizontalBarChart, QuarterTrendChart) and their
 * recharts views import them from here, so nothing imports types back from a wrapper; the data they
 * draw (bars, quarter rows and series) is typed in lib/figures/types.ts.
 */

import type { Filters } from '@/lib/filters/filters';
import type { PluralForms } from '@/lib/i18n/ru';
import type { BarItem, QuarterRow, QuarterSeries } from '@/lib/figures/types';

export interface HorizontalBarChartProps {
  items: BarItem[];
  /** Under a list cut to its first bars: how many are shown and where the rest are (in the picture too). */
  note?: string;
  unit: PluralForms;
  valueAxisLabel: string;
  ariaLabel: string;
  testId?: string;
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
