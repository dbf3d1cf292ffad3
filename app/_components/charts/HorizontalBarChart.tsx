'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { EmptyState } from '@/app/_components/ui/EmptyState';
import { formatNumber } from '@/lib/format';
import type { PluralForms } from '@/lib/i18n/ru';
import { AxisTick } from './AxisTick';
import { ChartTooltip } from './ChartTooltip';

export interface BarItem {
  key: string;
  /** Short label on the axis. */
  label: string;
  /** Full name in the tooltip (defaults to the label). */
  fullLabel?: string;
  value: number;
  /** Drill-down: the events behind the bar. */
  href: string;
  color?: string;
}

interface Props {
  items: BarItem[];
  unit: PluralForms;
  valueAxisLabel: string;
  ariaLabel: string;
  testId?: string;
}

const ROW_HEIGHT = 30;
const WRAP_CHARS = 22;
const CHAR_WIDTH = 7;
const DEFAULT_COLOR = '#0b5cad';

/** Ranked horizontal bars; clicking a bar opens its events. */
export function HorizontalBarChart({ items, unit, valueAxisLabel, ariaLabel, testId }: Props) {
  const router = useRouter();
  if (items.length === 0) return <EmptyState />;
  const longest = Math.max(...items.map((item) => Math.min(item.label.length, WRAP_CHARS)));
  const content = ({ active, payload }: TooltipContentProps) => {
    const item = payload?.[0]?.payload as BarItem | undefined;
    if (!active || !item) return null;
    return <ChartTooltip title={item.fullLabel ?? item.label} lines={[{ value: item.value }]} unit={unit} />;
  };
  return (
    <div className="chart" data-testid={testId} role="figure" aria-label={ariaLabel}>
      <ResponsiveContainer width="100%" height={items.length * ROW_HEIGHT + 60}>
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
    </div>
  );
}
