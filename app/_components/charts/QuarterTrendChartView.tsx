'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, type BarShapeProps, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { hrefWith } from '@/lib/filters/filters';
import { formatCount, formatNumber } from '@/lib/format';
import { chartText } from '@/lib/i18n/ru';
import { ChartTooltip } from './ChartTooltip';
import { KeyboardBar } from './KeyboardBar';
import type { QuarterSeries, QuarterTrendChartProps } from './QuarterTrendChart';

// Legend text in the body colour: some series colours are too light for text.
const legendLabel = (value: string) => <span className="chart-legend-label">{value}</span>;

/** The recharts part of QuarterTrendChart, loaded after the page (see there). */
export function QuarterTrendChartView({ rows, series, filters, unit, valueAxisLabel, height }: Omit<QuarterTrendChartProps, 'ariaLabel' | 'testId'> & { height: number }) {
  const router = useRouter();
  const data = rows.map((row) => ({ quarterKey: row.quarterKey, label: row.label, ...row.values }));
  // Not shared: the tooltip names only the hovered segment, under its full header, and the quarter's total.
  const content = ({ active, payload }: TooltipContentProps) => {
    const item = payload?.[0];
    const hovered = series.find((s) => s.key === item?.dataKey);
    const row = rows.find((r) => r.quarterKey === (item?.payload as { quarterKey?: string } | undefined)?.quarterKey);
    if (!active || !hovered || !row) return null;
    const total = Object.values(row.values).reduce((sum, n) => sum + n, 0);
    const lines = [{ name: hovered.fullLabel, value: row.values[hovered.key] ?? 0, color: hovered.color }];
    const footer = series.length > 1 ? `${chartText.quarterTotal}: ${formatCount(total, unit)}` : undefined;
    return <ChartTooltip title={row.label} lines={lines} unit={unit} footer={footer} />;
  };
  const open = (s: QuarterSeries, index: number) => {
    const quarter = rows[index]?.quarterKey;
    if (quarter) router.push(hrefWith('/events', { ...filters, ...s.filter, from: quarter, to: quarter }));
  };
  const nameOf = (s: QuarterSeries, index: number) => {
    const row = rows[index];
    return row ? `${s.fullLabel}, ${row.label}: ${formatCount(row.values[s.key] ?? 0, unit)}` : '';
  };
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="label" label={{ value: chartText.quarterAxis, position: 'insideBottom', offset: -14, fontSize: 12, fill: '#5b6878' }} />
        <YAxis
          allowDecimals={false}
          tickFormatter={formatNumber}
          label={{ value: valueAxisLabel, angle: -90, position: 'insideLeft', offset: 10, fontSize: 12, fill: '#5b6878', style: { textAnchor: 'middle' } }}
        />
        <Tooltip content={content} shared={false} cursor={{ fill: 'rgba(11, 92, 173, 0.08)' }} />
        {series.length > 1 && <Legend verticalAlign="top" align="left" itemSorter={null} wrapperStyle={{ fontSize: 12, paddingBottom: 8 }} formatter={legendLabel} />}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="q" fill={s.color} cursor="pointer" isAnimationActive={false} maxBarSize={90} onClick={(_, index) => open(s, index)} shape={(props: BarShapeProps) => <KeyboardBar {...props} name={nameOf(s, props.index)} onActivate={() => open(s, props.index)} />} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
