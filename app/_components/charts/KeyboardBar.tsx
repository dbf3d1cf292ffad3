'use client';

import type { KeyboardEvent } from 'react';
import { Rectangle, type BarShapeProps } from 'recharts';

interface Props extends BarShapeProps {
  /** What a screen reader says: "Беларусь: 50 мероприятий". */
  name: string;
  onActivate: () => void;
}

/**
 * A bar that is also a link for the keyboard: reachable with Tab, named, opened with Enter or
 * Space — the same drill-down as a click.
 */
export function KeyboardBar({ name, onActivate, ...shape }: Props) {
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onActivate();
  };
  if (!shape.width || !shape.height) return null;
  return (
    <g className="chart-bar" role="link" tabIndex={0} aria-label={name} onKeyDown={onKeyDown}>
      <Rectangle {...shape} />
    </g>
  );
}
