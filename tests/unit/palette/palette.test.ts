import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, type Color } from 'culori';
import { describe, expect, test } from 'vitest';
import { OTHER_SERIES, sphereTrend } from '@/lib/figures/bars';
import { CHANGE_LEVEL_COLORS, PERIOD_COLORS } from '@/lib/compare/colors';
import { EMPTY_FILTERS } from '@/lib/filters/filters';
import { buildCoverage } from '@/lib/periods';
import { CATEGORY_COLORS, OTHER_COLOR, regionColor, regionPalette } from '@/lib/palette';
import type { SphereRow } from '@/lib/queries/spheres';

/** Machado, Oliveira & Fernandes (2009) at full severity, as culori implements them. */
const VISION: Record<string, (color: Color) => Color> = {
  normal: (color) => color,
  deuteranopia: filterDeficiencyDeuter(1),
  protanopia: filterDeficiencyProt(1),
  tritanopia: filterDeficiencyTrit(1),
};
const MIN_DISTANCE = 10;
const distance = differenceCiede2000();

/** The closest pair of a palette as a viewer with `vision` sees it. */
function closestPair(colors: readonly string[], vision: (color: Color) => Color): { distance: number; pair: string } {
  let closest = { distance: Infinity, pair: '' };
  colors.forEach((a, i) =>
    colors.slice(i + 1).forEach((b) => {
      const d = distance(vision(parse(a)!), vision(parse(b)!));
      if (d < closest.distance) closest = { distance: d, pair: `${a} ~ ${b}` };
    }),
  );
  return closest;
}

const PALETTES: Record<string, readonly string[]> = {
  'categories and "прочие" (sphere series)': [...CATEGORY_COLORS, OTHER_COLOR],
  'region groups, Россия and "прочие" (map markers)': regionPalette(),
  'change levels (comparison map)': Object.values(CHANGE_LEVEL_COLORS),
  'the two periods (paired bars)': Object.values(PERIOD_COLORS),
};

describe('colours stay apart for every viewer', () => {
  test.each(Object.keys(PALETTES).flatMap((palette) => Object.keys(VISION).map((vision) => [palette, vision])))('%s, %s: CIEDE2000 ≥ 10 between any two', (palette, vision) => {
    const closest = closestPair(PALETTES[palette]!, VISION[vision]!);
    expect(closest.distance, closest.pair).toBeGreaterThanOrEqual(MIN_DISTANCE);
  });

  test('the old 16-colour sphere palette would fail: the check can fail', () => {
    const old = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f', '#393b79', '#ad494a', '#637939', '#8c6d31', '#843c39', '#5254a3'];
    expect(closestPair(old, VISION.deuteranopia!).distance).toBeLessThan(MIN_DISTANCE);
  });

  test('China and East Asia, once two near-identical oranges, differ', () => {
    expect(regionColor('china')).not.toBe(regionColor('east_asia'));
  });
});

describe('no more coloured categories than can be told apart', () => {
  const spheres: SphereRow[] = Array.from({ length: 14 }, (_, i) => ({ slug: `s${i}`, shortLabel: `Сфера ${i}`, name: `Сфера ${i}`, position: i }) as unknown as SphereRow);
  const trend = spheres.map((sphere, i) => ({ quarterKey: '2025-Q4', sphereSlug: sphere.slug, events: 20 - i }));

  test('14 spheres: the 6 largest coloured, the other 8 one grey "Прочие сферы" series holding their events', () => {
    const { rows, series } = sphereTrend(trend, spheres, buildCoverage(['2025-Q4'], ['2025-Q4']), EMPTY_FILTERS);
    expect(series).toHaveLength(CATEGORY_COLORS.length);
    expect(series.slice(0, 6).map((s) => s.key)).toEqual(['s0', 's1', 's2', 's3', 's4', 's5']);
    const other = series.at(-1)!;
    expect(other.key).toBe(OTHER_SERIES);
    expect(other.color).toBe(OTHER_COLOR);
    expect(other.filter.sphere).toHaveLength(8);
    // 14+13+…+7 = 84 events in spheres 6–13.
    expect(rows[0]!.values[OTHER_SERIES]).toBe(84);
  });

  test('as many spheres as colours: all coloured, no "прочие"', () => {
    const { series } = sphereTrend(trend.slice(0, 7), spheres, buildCoverage(['2025-Q4'], ['2025-Q4']), EMPTY_FILTERS);
    expect(series.map((s) => s.color)).toEqual([...CATEGORY_COLORS]);
  });
});
