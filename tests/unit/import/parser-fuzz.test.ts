/** A bounded fuzz run of the read edge (npm run fuzz runs 10 000 cases). */
import { expect, test } from 'vitest';
import { runParserFuzz } from '@/tests/fuzz/parser-fuzz';

test('1 000 random and mutated reports end parsed or in a clean, named error', async () => {
  const stats = await runParserFuzz({ cases: 1000, seed: 20261203, budgetMs: 60_000 });
  expect(stats.failures).toEqual([]);
  expect(stats.cases).toBe(1000);
  expect(stats.parsed).toBeGreaterThan(50);
  expect(Object.keys(stats.refused).length).toBeGreaterThan(2);
  expect(stats.peakRssDeltaMb).toBeLessThan(400);
}, 120_000);
