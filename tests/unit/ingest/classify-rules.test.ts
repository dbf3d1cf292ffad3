/**
 * How many Q4 2025 rows each classification rule fires on (printed, and kept sane): a rule that
 * fires on one row only must be a general word for a kind of event, never that row's wording.
 * `npx tsx scripts/classify-rule-counts.ts` prints the same table for any report.
 */
import { expect, test } from 'vitest';
import { parseReport } from '@/lib/ingest';
import { countRules, formatRuleCounts } from '@/lib/ingest/rule-counts';
import { readTextTable } from '@/lib/ingest/table-text';
import { realReportText } from '@/tests/helpers/real-report';

test('each Q4 row is decided by exactly one kind, one format and one direction rule', () => {
  const report = parseReport(readTextTable(realReportText()));
  const counts = countRules(report);
  console.log(formatRuleCounts(counts));
  const rowsOf = (prefix: string) =>
    [...counts.entries()].filter(([rule]) => rule.startsWith(prefix) && !rule.includes('"')).flatMap(([, seqs]) => seqs).sort((a, b) => a - b);
  const all = report.events.map((event) => event.seq);
  expect(rowsOf('kind.')).toEqual(all);
  expect(rowsOf('format.')).toEqual(all);
  expect(rowsOf('direction.')).toEqual(all);
});
