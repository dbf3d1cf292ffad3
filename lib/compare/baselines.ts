/**
 * What the overview's figures are set against: for one quarter, the latest earlier quarter that has
 * its report and the same quarter a year earlier; for a longer span (year to date, a year), the
 * same span a year earlier. A baseline is offered only when every quarter of it has its report, so
 * no "▲" is ever measured against a quarter without one; otherwise `missing` says why.
 */
import { isComplete, missingPhrase, previousCovered, shiftQuarter, spanCoverage, yearEarlier, type Coverage, type QuarterSpan } from '@/lib/periods';

export interface Baselines {
  previous?: QuarterSpan;
  yearEarlier?: QuarterSpan;
  /** "нет отчёта за III кв. 2025" for the previous quarter when none before has its report. */
  previousMissing?: string;
}

export function overviewBaselines(coverage: Coverage, span: QuarterSpan): Baselines {
  const earlier = yearEarlier(span);
  const baselines: Baselines = { yearEarlier: isComplete(coverage, earlier) ? earlier : undefined };
  if (span.from !== span.to) return baselines;
  const before = previousCovered(coverage, span.from);
  if (before) return { ...baselines, previous: { from: before, to: before } };
  const calendar = shiftQuarter(span.from, -1);
  return { ...baselines, previousMissing: missingPhrase(spanCoverage(coverage, { from: calendar, to: calendar })) };
}
