'use client';

import dynamic from 'next/dynamic';
import { useRef } from 'react';
import { EmptyState } from '@/app/_components/ui/EmptyState';
import { ChartSkeleton } from './ChartSkeleton';
import { useUntabbableLayers } from './use-untabbable-layers';
import type { HorizontalBarChartProps } from './types';

const ROW_HEIGHT = 30;
const AXIS_HEIGHT = 60;

// recharts draws nothing before hydration anyway: loading it after the page keeps ~120 KB (gzip)
// out of the first load. The box is rendered on the server at the chart's height, so nothing moves.
const HorizontalBarChartView = dynamic(() => import('./HorizontalBarChartView').then((module) => module.HorizontalBarChartView), {
  ssr: false,
  loading: () => <ChartSkeleton />,
});

/** Ranked horizontal bars; clicking a bar opens its events. */
export function HorizontalBarChart({ ariaLabel, testId, note, ...chart }: HorizontalBarChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useUntabbableLayers(ref);
  if (chart.items.length === 0) return <EmptyState />;
  const height = chart.items.length * ROW_HEIGHT + AXIS_HEIGHT;
  return (
    <div ref={ref} className="chart" data-testid={testId} role="figure" aria-label={ariaLabel} style={{ minHeight: height }}>
      <HorizontalBarChartView {...chart} height={height} />
      {note && <p className="chart-note">{note}</p>}
    </div>
  );
}
