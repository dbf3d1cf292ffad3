'use client';

import dynamic from 'next/dynamic';
import type { Filters } from '@/lib/filters/filters';
import { coverageText, type PluralForms } from '@/lib/i18n/ru';
import type { QuarterStatus } from '@/lib/periods';
import { ChartSkeleton } from './ChartSkeleton';

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

const HEIGHT = 340;

// Loaded after the page, as HorizontalBarChart's recharts part (see there).
const QuarterTrendChartView = dynamic(() => import('./QuarterTrendChartView').then((module) => module.QuarterTrendChartView), {
  ssr: false,
  loading: () => <ChartSkeleton />,
});

/**
 * Counts by quarter, stacked by series (spheres, or one series); a segment opens its events.
 * Quarters without their report are hatched and labelled "нет отчёта"; one with nothing loaded
 * has an empty, hatched column rather than a zero.
 */
export function QuarterTrendChart({ ariaLabel, testId, ...chart }: QuarterTrendChartProps) {
  const missing = chart.rows.some((row) => row.coverage !== 'report');
  return (
    <>
      <div className="chart" data-testid={testId} role="figure" aria-label={ariaLabel} style={{ minHeight: HEIGHT }}>
        <QuarterTrendChartView {...chart} height={HEIGHT} />
      </div>
      {missing && (
        <p className="chart-note" data-testid="trend-coverage-note">
          <span className="hatch-swatch" aria-hidden="true" /> {coverageText.legendMissing}
        </p>
      )}
    </>
  );
}
