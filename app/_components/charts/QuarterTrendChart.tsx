'use client';

import dynamic from 'next/dynamic';
import { useRef } from 'react';
import { coverageText } from '@/lib/i18n/ru';
import { ChartSkeleton } from './ChartSkeleton';
import type { QuarterTrendChartProps } from './types';
import { useUntabbableLayers } from './use-untabbable-layers';

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
  const ref = useRef<HTMLDivElement>(null);
  useUntabbableLayers(ref);
  const missing = chart.rows.some((row) => row.coverage !== 'report');
  return (
    <>
      <div ref={ref} className="chart" data-testid={testId} role="figure" aria-label={ariaLabel} style={{ minHeight: HEIGHT }}>
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
