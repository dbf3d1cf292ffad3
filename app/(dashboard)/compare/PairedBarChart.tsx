'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef } from 'react';
import { Bar, BarChart, type BarShapeProps, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { AxisTick } from '@/app/_components/charts/AxisTick';
import { Hatch } from '@/app/_components/charts/Hatch';
import { KeyboardBar } from '@/app/_components/charts/KeyboardBar';
import { useUntabbableLayers } from '@/app/_components/charts/use-untabbable-layers';
import { ChartTooltip } from '@/app/_components/charts/ChartTooltip';
import { EmptyState } from '@/app/_components/ui/EmptyState';
import { PERIOD_COLORS } from '@/lib/compare/colors';
import type { PairedItem } from '@/lib/compare/paired-bars';
import { SIDES, type Side } from '@/lib/filters/compare';
import { formatCount, formatNumber } from '@/lib/format';
import type { PluralForms } from '@/lib/i18n/ru';

interface Props {
  items: PairedItem[];
  /** Under a list cut to its first rows (in the picture too). */
  note?: string;
  periodLabels: Record<Side, string>;
  unit: PluralForms;
  valueAxisLabel: string;
  ariaLabel: string;
  testId?: string;
  /** Periods without their report: their bars are hatched, as quarters without a report on the trend. */
  uncovered?: Partial<Record<Side, boolean>>;
}

const ROW_HEIGHT = 46;
const WRAP_CHARS = 22;
const CHAR_WIDTH = 7;

const legendLabel = (value: string) => <span className="chart-legend-label">{value}</span>;

/** One category per row, a bar per period (A above B, same colours on every chart); a bar opens its events. */
export function PairedBarChart({ items, note, periodLabels, unit, valueAxisLabel, ariaLabel, testId, uncovered = {} }: Props) {
  const router = useRouter();
  const uid = useId().replace(/[^a-zA-Z0-9]/g, '');
  const fill = (side: Side) => (uncovered[side] ? `url(#paired-hatch-${uid}-${side})` : PERIOD_COLORS[side]);
  const ref = useRef<HTMLDivElement>(null);
  useUntabbableLayers(ref);
  if (items.length === 0) return <EmptyState />;
  const longest = Math.max(...items.map((item) => Math.min(item.label.length, WRAP_CHARS)));
  const content = ({ active, payload }: TooltipContentProps) => {
    const item = payload?.[0]?.payload as PairedItem | undefined;
    if (!active || !item) return null;
    const lines = SIDES.map((side) => ({ name: periodLabels[side], value: item[side], color: PERIOD_COLORS[side] }));
    return <ChartTooltip title={item.fullLabel} lines={lines} unit={unit} />;
  };
  const open = (side: Side, index: number) => {
    const item = items[index];
    if (item) router.push(side === 'a' ? item.hrefA : item.hrefB);
  };
  const nameOf = (side: Side, index: number) => {
    const item = items[index];
    return item ? `${item.label}, ${periodLabels[side]}: ${formatCount(item[side], unit)}` : '';
  };
  return (
    <div ref={ref} className="chart" data-testid={testId} role="figure" aria-label={ariaLabel}>
      <ResponsiveContainer width="100%" height={items.length * ROW_HEIGHT + 90}>
        <BarChart data={items} layout="vertical" barGap={1} accessibilityLayer={false} margin={{ top: 4, right: 40, bottom: 24, left: 4 }}>
          <defs>
            {SIDES.map((side) => (
              <Hatch key={side} id={`paired-hatch-${uid}-${side}`} color={PERIOD_COLORS[side]} />
            ))}
          </defs>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis
            type="number"
            allowDecimals={false}
            tickFormatter={formatNumber}
            label={{ value: valueAxisLabel, position: 'insideBottom', offset: -12, fontSize: 12, fill: '#5b6878' }}
          />
          <YAxis type="category" dataKey="label" width={longest * CHAR_WIDTH + 16} interval={0} tick={<AxisTick maxChars={WRAP_CHARS} />} />
          <Tooltip content={content} cursor={{ fill: 'rgba(11, 92, 173, 0.08)' }} />
          <Legend verticalAlign="top" align="left" wrapperStyle={{ fontSize: 12, paddingBottom: 8 }} formatter={legendLabel} />
          {SIDES.map((side) => (
            <Bar
              key={side}
              dataKey={side}
              name={periodLabels[side]}
              fill={fill(side)}
              stroke={uncovered[side] ? PERIOD_COLORS[side] : undefined}
              cursor="pointer"
              isAnimationActive={false}
              minPointSize={0}
              label={{ position: 'right', fontSize: 12, fill: '#1d2733', formatter: (value: unknown) => formatNumber(Number(value)) }}
              onClick={(_, index) => open(side, index)}
              shape={(props: BarShapeProps) => <KeyboardBar {...props} name={nameOf(side, props.index)} onActivate={() => open(side, props.index)} />}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      {note && <p className="chart-note">{note}</p>}
    </div>
  );
}
