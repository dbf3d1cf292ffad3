'use client';

import dynamic from 'next/dynamic';
import { ChartSkeleton } from './ChartSkeleton';
import type { QuarterTrendChartProps } from './types';

const HEIGHT = 340;

// Loaded after the page, as HorizontalBarChart's recharts part (see there).
const QuarterTrendChartView = dynamic(() => import('./QuarterTrendChartView').then((module) => module.QuarterTrendChartView), {
  ssr: false,
  loading: () => <ChartSkeleton />,
});

/** Counts by quarter, stacked by series (spheres, or one series); a segment opens its events. */
export function QuarterTrendChart({ ariaLabel, testId, ...chart }: QuarterTrendChartProps) {
  return (
    <div className="chart" data-testid={testId} role="figure" aria-label={ariaLabel} style={{ minHeight: HEIGHT }}>
      <QuarterTrendChartView {...chart} height={HEIGHT} />
    </div>
  );
}
