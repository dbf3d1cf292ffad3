/**
 * Does a floor compute the same figure as the real query? Both sides are reduced to one number:
 * the sum of every count in them (ids, sequence numbers and coordinates left out), or the number
 * of rows where the floor denormalises (Aggregate.rows).
 */
import type { Aggregate } from './aggregates';

const NOT_COUNTS = new Set(['id', 'eventId', 'placeId', 'seq', 'lat', 'lon', 'year', 'quarter', 'position']);

function sumOfCounts(value: unknown, key = ''): number {
  if (typeof value === 'number') return NOT_COUNTS.has(key) ? 0 : value;
  if (typeof value === 'boolean') return 0;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + sumOfCounts(item), 0);
  if (value && typeof value === 'object') {
    return Object.entries(value).reduce((sum, [name, item]) => sum + sumOfCounts(item, name), 0);
  }
  return 0;
}

export function floorAgrees(aggregate: Aggregate, result: unknown, floorRows: unknown[]): boolean {
  if (aggregate.rows) return aggregate.rows(result) === floorRows.length;
  return Math.abs(sumOfCounts(result) - sumOfCounts(floorRows)) < 1e-6;
}
