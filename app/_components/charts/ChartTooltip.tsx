'use client';

import { formatCount } from '@/lib/format';
import type { PluralForms } from '@/lib/i18n/ru';

interface TooltipLine {
  /** Left out when the title already names the value. */
  name?: string;
  value: number;
  color?: string;
}

interface Props {
  title: string;
  lines: TooltipLine[];
  unit: PluralForms;
  /** A line under the values, e.g. "Всего за квартал: 55 мероприятий". */
  footer?: string;
}

/** The one tooltip of every chart: full names, Russian numbers and plural forms. */
export function ChartTooltip({ title, lines, unit, footer }: Props) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{title}</p>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>
            {line.color && <span className="legend-swatch" style={{ background: line.color }} />}
            {line.name ? `${line.name}: ` : ''}
            {formatCount(line.value, unit)}
          </li>
        ))}
      </ul>
      {footer && <p className="chart-tooltip-total">{footer}</p>}
    </div>
  );
}
