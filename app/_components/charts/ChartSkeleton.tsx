import { chartText } from '@/lib/i18n/ru';

/** Stands in for a chart while its code loads; the chart's box already has the chart's height. */
export function ChartSkeleton() {
  return (
    <div className="chart-skeleton" role="status">
      {chartText.loading}
    </div>
  );
}
