/**
 * How many rows of a parsed report each classification rule (classify.ts) fires on: the check
 * that no rule is written for one row's wording. Used by scripts/classify-rule-counts.ts and
 * tests/unit/ingest/classify-rules.test.ts.
 */
import { classificationRules } from './event';
import type { ParsedReport } from './types';

export function countRules(report: ParsedReport): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const event of report.events) {
    for (const rule of new Set(classificationRules(event, report.period))) {
      rows.set(rule, [...(rows.get(rule) ?? []), event.seq]);
    }
  }
  return new Map([...rows.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** One line per rule: id, count, and the rows when there are few. */
export function formatRuleCounts(counts: Map<string, number[]>): string {
  return [...counts.entries()]
    .map(([rule, seqs]) => `${rule.padEnd(52)} ${String(seqs.length).padStart(3)}${seqs.length <= 5 ? `  (rows ${seqs.join(', ')})` : ''}`)
    .join('\n');
}
