'use client';

import dynamic from 'next/dynamic';
import { useRef } from 'react';
import type { Filters } from '@/lib/filters/filters';
import type { PluralForms } from '@/lib/i18n/ru';
import { ChartSkeleton } from './ChartSkeleton';
import { useUntabbableLayers } from './use-untabbable-layers';

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

/** Counts by quarter, stacked by series (spheres, or one series); a segment opens its events. */
export function QuarterTrendChart({ ariaLabel, testId, ...chart }: QuarterTrendChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useUntabbableLayers(ref);
  return (
    <div ref={ref} className="chart" data-testid={testId} role="figure" aria-label={ariaLabel} style={{ minHeight: HEIGHT }}>
      <QuarterTrendChartView {...chart} height={HEIGHT} />
    </div>
  );
}
