/** "2025-Q1" → "2024-Q4": the quarter a single-quarter справка compares against. */
export function previousQuarter(key: string): string {
  const [year = 0, quarter = 1] = key.split('-Q').map(Number);
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}
