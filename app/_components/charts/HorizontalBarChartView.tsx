'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { formatNumber } from '@/lib/format';
import { AxisTick } from './AxisTick';
import { ChartTooltip } from './ChartTooltip';
import type { BarItem, HorizontalBarChartProps } from './types';

const WRAP_CHARS = 22;
const CHAR_WIDTH = 7;
const DEFAULT_COLOR = '#0b5cad';

/** The recharts part of HorizontalBarChart, loaded after the page (see there). */
export function HorizontalBarChartView({ items, unit, valueAxisLabel, height }: Omit<HorizontalBarChartProps, 'ariaLabel' | 'testId'> & { height: number }) {
  const router = useRouter();
  const longest = Math.max(...items.map((item) => Math.min(item.label.length, WRAP_CHARS)));
  const content = ({ active, payload }: TooltipContentProps) => {
    const item = payload?.[0]?.payload as BarItem | undefined;
    if (!active || !item) return null;
    return <ChartTooltip title={item.fullLabel ?? item.label} lines={[{ value: item.value }]} unit={unit} />;
  };
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={items} layout="vertical" margin={{ top: 4, right: 40, bottom: 24, left: 4 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis
          type="number"
          allowDecimals={false}
          tickFormatter={formatNumber}
          label={{ value: valueAxisLabel, position: 'insideBottom', offset: -12, fontSize: 12, fill: '#5b6878' }}
        />
        <YAxis type="category" dataKey="label" width={longest * CHAR_WIDTH + 16} interval={0} tick={<AxisTick maxChars={WRAP_CHARS} />} />
        <Tooltip content={content} cursor={{ fill: 'rgba(11, 92, 173, 0.08)' }} />
        <Bar
          dataKey="value"
          name={valueAxisLabel}
          cursor="pointer"
          isAnimationActive={false}
          label={{ position: 'right', fontSize: 12, fill: '#1d2733', formatter: (value: unknown) => formatNumber(Number(value)) }}
          onClick={(_, index) => {
            const item = items[index];
            if (item) router.push(item.href);
          }}
        >
          {items.map((item) => (
            <Cell key={item.key} fill={item.color ?? DEFAULT_COLOR} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
