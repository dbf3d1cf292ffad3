import { describe, expect, test } from 'vitest';
import { choroplethSteps } from '@/app/_components/map/MapLegend';
import { CHOROPLETH, choroplethColor } from '@/lib/palette';

/** The legend as it was built before: every count 1…max coloured, grouped by colour. */
function stepsByScan(max: number) {
  return CHOROPLETH.flatMap((color) => {
    const values = Array.from({ length: max }, (_, i) => i + 1).filter((n) => choroplethColor(n, max) === color);
    return values.length > 0 ? [{ color, from: values[0]!, to: values.at(-1)! }] : [];
  });
}

const MAXIMA = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 17, 42, 99, 100, 101, 255, 1_000, 4_097, 12_345, 65_536, 250_000, 1_000_000];

describe('choroplethSteps', () => {
  test.each(MAXIMA)('max %i: the same steps as colouring every count from 1 to max', (max) => {
    expect(choroplethSteps(max)).toEqual(stepsByScan(max));
  });

  test('steps cover 1…max without gaps, light to dark', () => {
    const steps = choroplethSteps(777);
    expect(steps[0]?.from).toBe(1);
    expect(steps.at(-1)?.to).toBe(777);
    steps.slice(1).forEach((step, i) => expect(step.from).toBe(steps[i]!.to + 1));
  });

  test('a billion events still gives a legend at once (no array as long as the maximum)', () => {
    const steps = choroplethSteps(1_000_000_000);
    expect(steps.at(-1)).toMatchObject({ to: 1_000_000_000 });
  });
});
