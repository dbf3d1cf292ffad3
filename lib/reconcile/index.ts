/**
 * One event, one count: the one entry the write paths use (saving and deleting a report, the
 * analysts' curation). Rows of different reports that are the same real event are linked and the
 * row of the newest report is the one every figure counts (`events.is_primary`, read by
 * lib/queries/where.ts); look-alike rows inside a report are listed, never merged. The rules of
 * "the same event" are in match.ts; candidate-index.ts finds the pairs worth comparing.
 */
export { type LinkSummary, linkedRowIds, linkReportEvents, MAX_LOOK_ALIKE_PAIRS, recomputePrimary } from './link';
