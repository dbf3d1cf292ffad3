'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, type BarShapeProps, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { formatCount, formatNumber } from '@/lib/format';
import { BAR_COLOR } from '@/lib/palette';
import { AxisTick } from './AxisTick';
import { ChartTooltip } from './ChartTooltip';
import { KeyboardBar } from './KeyboardBar';
import type { BarItem } from '@/lib/figures/types';
import type { HorizontalBarChartProps } from './types';

const WRAP_CHARS = 22;
const CHAR_WIDTH = 7;

/** The recharts part of HorizontalBarChart, loaded after the page (see there). */
export function HorizontalBarChartView({ items, unit, valueAxisLabel, height }: Omit<HorizontalBarChartProps, 'ariaLabel' | 'testId'> & { height: number }) {
  const router = useRouter();
  const longest = Math.max(...items.map((item) => Math.min(item.label.length, WRAP_CHARS)));
  const open = (index: number) => {
    const item = items[index];
    if (item) router.push(item.href);
  };
  const nameOf = (index: number) => {
    const item = items[index];
    return item ? `${item.label}: ${formatCount(item.value, unit)}` : '';
  };
  const content = ({ active, payload }: TooltipContentProps) => {
    const item = payload?.[0]?.payload as BarItem | undefined;
    if (!active || !item) return null;
    return <ChartTooltip title={item.fullLabel ?? item.label} lines={[{ value: item.value }]} unit={unit} />;
  };
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={items} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 40, bottom: 24, left: 4 }}>
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
          onClick={(_, index) => open(index)}
          shape={(props: BarShapeProps) => <KeyboardBar {...props} name={nameOf(props.index)} onActivate={() => open(props.index)} />}
        >
          {items.map((item) => (
            <Cell key={item.key} fill={item.color ?? BAR_COLOR} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
