'use client';

interface Props {
  x?: number;
  y?: number;
  payload?: { value: string | number };
  /** Characters per line before the label wraps. */
  maxChars: number;
}

const LINE_HEIGHT = 13;

/** A Y-axis category label that wraps at word boundaries instead of being cut off. */
export function AxisTick({ x = 0, y = 0, payload, maxChars }: Props) {
  const lines = wrap(String(payload?.value ?? ''), maxChars);
  const top = y - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text x={x} y={top} textAnchor="end" dominantBaseline="central" fontSize={12} fill="#1d2733">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length + 1 <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
