/**
 * One event, one count: the one entry the write paths use (saving and deleting a report, the
 * analysts' merges and unlinks in lib/curation/merges.ts). Rows of different reports that are the
 * same real event are linked (link.ts, by the rules of match.ts) and one row of each event counts
 * (`events.is_primary`, primary.ts: the newest report's, unless an analyst chose otherwise);
 * look-alike rows inside a report are listed, never merged automatically. Analysts' decisions
 * follow their rows through new versions of a report (manual.ts).
 */
import type { Tx } from '@/db/client';
import { type LinkSummary, linkedRowIds, linkEvents } from './link';
import { manualMates, refindManualRows, settleManualDecisions } from './manual';
import { recomputePrimary } from './primary';
import type { RowCandidate } from './refind';

export { type LinkSummary, MAX_LOOK_ALIKE_PAIRS } from './link';
export { countedRow, recomputePrimary } from './primary';

export interface StoredReportRows {
  reportId: number;
  periodKey: string;
  /** The report's rows as parsed (number, title, dates), to find analysts' decisions' rows again. */
  rows: RowCandidate[];
  /** neighboursOf the version it replaced, read before that was deleted. */
  neighbours: number[];
}

/**
 * Inside saveReport's transaction, after the rows are inserted: links them, re-finds the rows of
 * analysts' decisions, and recomputes the counted row. `touched`: every row whose counting may
 * have changed (for the rollups).
 */
export function linkReportEvents(tx: Tx, report: StoredReportRows): LinkSummary & { touched: number[] } {
  const { touched, ...summary } = linkEvents(tx, report.reportId);
  const mates = refindManualRows(tx, report.reportId, report.periodKey, report.rows);
  settleManualDecisions(tx);
  const all = [...new Set([...touched, ...mates, ...report.neighbours])];
  recomputePrimary(tx, all);
  return { ...summary, touched: all };
}

/** Rows of other reports tied to a report's rows, by the automatic linking or by an analyst: their counting may change when it goes. */
export function neighboursOf(tx: Tx, reportId: number): number[] {
  return [...new Set([...linkedRowIds(tx, reportId), ...manualMates(tx, reportId)])];
}

/** After a report's rows are deleted: decisions missing rows stop applying, and its neighbours count again as they should. */
export function releaseNeighbours(tx: Tx, neighbours: number[]): void {
  settleManualDecisions(tx);
  recomputePrimary(tx, neighbours);
}
