'use client';

import { useRouter } from 'next/navigation';
import { useId } from 'react';
import { Bar, BarChart, type BarShapeProps, CartesianGrid, Cell, Legend, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { hrefWith } from '@/lib/filters/filters';
import { formatCount, formatNumber } from '@/lib/format';
import { chartText, coverageText } from '@/lib/i18n/ru';
import { ChartTooltip } from './ChartTooltip';
import { Hatch } from './Hatch';
import { KeyboardBar } from './KeyboardBar';
import type { QuarterRow, QuarterSeries } from '@/lib/figures/types';
import type { QuarterTrendChartProps } from './types';

// Legend text in the body colour: some series colours are too light for text.
const legendLabel = (value: string) => <span className="chart-legend-label">{value}</span>;

const MISSING_COLOR = '#8a4b00';
const NONE_FILL = '#aeb6bf';

/** The quarter under its column, and "нет отчёта" below it when the quarter has no report of its own. */
function QuarterTick({ x = 0, y = 0, payload, rows }: { x?: number; y?: number; payload?: { value: string }; rows: QuarterRow[] }) {
  const row = rows.find((r) => r.label === payload?.value);
  const missing = row && row.coverage !== 'report';
  return (
    <text x={x} y={y + 12} textAnchor="middle" fontSize={12} fill="#1d2733">
      <tspan x={x}>{payload?.value}</tspan>
      {missing && (
        <tspan x={x} dy={14} fill={MISSING_COLOR} data-testid="trend-missing-tick">
          {coverageText.chartMissing}
        </tspan>
      )}
    </text>
  );
}

/** The recharts part of QuarterTrendChart, loaded after the page (see there). */
export function QuarterTrendChartView({ rows, series, filters, unit, valueAxisLabel, height }: Omit<QuarterTrendChartProps, 'ariaLabel' | 'testId'> & { height: number }) {
  const router = useRouter();
  const uid = useId().replace(/[^a-zA-Z0-9]/g, '');
  const hatchId = (index: number) => `hatch-${uid}-${index}`;
  const data = rows.map((row) => ({ quarterKey: row.quarterKey, label: row.label, coverage: row.coverage, ...row.values }));
  // Not shared: the tooltip names only the hovered segment, under its full header, and the quarter's total.
  const content = ({ active, payload }: TooltipContentProps) => {
    const item = payload?.[0];
    const hovered = series.find((s) => s.key === item?.dataKey);
    const row = rows.find((r) => r.quarterKey === (item?.payload as { quarterKey?: string } | undefined)?.quarterKey);
    if (!active || !hovered || !row) return null;
    const total = Object.values(row.values).reduce((sum, n) => sum + n, 0);
    const lines = [{ name: hovered.fullLabel, value: row.values[hovered.key] ?? 0, color: hovered.color }];
    const footer = [series.length > 1 ? `${chartText.quarterTotal}: ${formatCount(total, unit)}` : '', row.coverage === 'report' ? '' : coverageText.chartTooltipPartial].filter(Boolean).join(' ');
    return <ChartTooltip title={row.label} lines={lines} unit={unit} footer={footer || undefined} />;
  };
  const open = (s: QuarterSeries, index: number) => {
    const quarter = rows[index]?.quarterKey;
    if (quarter) router.push(hrefWith('/events', { ...filters, ...s.filter, from: quarter, to: quarter }));
  };
  const empty = rows.filter((row) => row.coverage === 'none' || (row.coverage !== 'report' && Object.keys(row.values).length === 0));
  const nameOf = (s: QuarterSeries, index: number) => {
    const row = rows[index];
    return row ? `${s.fullLabel}, ${row.label}: ${formatCount(row.values[s.key] ?? 0, unit)}` : '';
  };
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 30, left: 8 }}>
        <defs>
          {series.map((s, index) => (
            <Hatch key={s.key} id={hatchId(index)} color={s.color} />
          ))}
          <Hatch id={hatchId(-1)} color={NONE_FILL} />
        </defs>
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis dataKey="label" height={44} interval={0} tick={<QuarterTick rows={rows} />} label={{ value: chartText.quarterAxis, position: 'insideBottom', offset: -22, fontSize: 12, fill: '#5b6878' }} />
        <YAxis
          allowDecimals={false}
          tickFormatter={formatNumber}
          label={{ value: valueAxisLabel, angle: -90, position: 'insideLeft', offset: 10, fontSize: 12, fill: '#5b6878', style: { textAnchor: 'middle' } }}
        />
        {empty.map((row) => (
          <ReferenceArea key={row.quarterKey} x1={row.label} x2={row.label} fill={`url(#${hatchId(-1)})`} fillOpacity={0.5} label={{ value: coverageText.notAvailable, position: 'center', fontSize: 12, fill: MISSING_COLOR }} />
        ))}
        <Tooltip content={content} shared={false} cursor={{ fill: 'rgba(11, 92, 173, 0.08)' }} />
        {series.length > 1 && <Legend verticalAlign="top" align="left" itemSorter={null} wrapperStyle={{ fontSize: 12, paddingBottom: 8 }} formatter={legendLabel} />}
        {series.map((s, index) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="q"
            fill={s.color}
            cursor="pointer"
            isAnimationActive={false}
            maxBarSize={90}
            onClick={(_, i) => open(s, i)}
            shape={(props: BarShapeProps) => <KeyboardBar {...props} name={nameOf(s, props.index)} onActivate={() => open(s, props.index)} />}
          >
            {data.map((row) => (
              <Cell key={row.quarterKey} fill={row.coverage === 'report' ? s.color : `url(#${hatchId(index)})`} stroke={row.coverage === 'report' ? undefined : s.color} />
            ))}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
