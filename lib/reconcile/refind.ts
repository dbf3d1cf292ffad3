/**
 * Finding a row again in a new version of its report, for what analysts attached to it
 * (corrections, lib/curation/reapply.ts; merges and unlinks, manual.ts). The row is known by its
 * report period, number and parsed title and dates, and found as the linking across reports
 * matches rows (match.ts):
 *
 * 1. the row with the same seq, title and dates;
 * 2. else the best match by matchEvents (overlapping dates, similar titles), or a row with the same
 *    seq and overlapping dates whose title keeps TITLE_SIMILARITY of the stems; ties go to the
 *    nearest seq.
 */
import { DATE_TOLERANCE_DAYS, DAY_MS, matchEvents, normaliseTitle, TITLE_SIMILARITY, titleSimilarity } from './match';

/** What an analyst's record remembers of its row. */
export interface RowKey {
  seq: number;
  matchTitle: string;
  matchStartDate: string | null;
  matchEndDate: string | null;
}

/** A row of the new version, as parsed. */
export interface RowCandidate {
  seq: number;
  title: string;
  startDate: string | null;
  endDate: string | null;
}

export function findRow<T extends RowCandidate>(row: RowKey, candidates: T[]): T | undefined {
  const key = { title: row.matchTitle, startDate: row.matchStartDate, endDate: row.matchEndDate, places: [], countries: [] };
  const title = normaliseTitle(key.title);
  const exact = candidates.find(
    (event) => event.seq === row.seq && normaliseTitle(event.title) === title && event.startDate === key.startDate && event.endDate === key.endDate,
  );
  if (exact) return exact;
  let best: { event: T; score: number } | undefined;
  for (const event of candidates) {
    const candidate = { title: event.title, startDate: event.startDate, endDate: event.endDate, places: [], countries: [] };
    const match = matchEvents(key, candidate);
    const sameRow = event.seq === row.seq && datesOverlap(key, candidate);
    const similarity = sameRow ? titleSimilarity(key.title, event.title) : 0;
    const score = match?.score ?? (similarity >= TITLE_SIMILARITY ? similarity : 0);
    if (score === 0) continue;
    const nearer = best && score === best.score && Math.abs(event.seq - row.seq) < Math.abs(best.event.seq - row.seq);
    if (!best || score > best.score || nearer) best = { event, score };
  }
  return best?.event;
}

type Dated = { startDate: string | null; endDate: string | null };

function datesOverlap(a: Dated, b: Dated): boolean {
  if (!a.startDate || !b.startDate) return false;
  const slack = DATE_TOLERANCE_DAYS * DAY_MS;
  const [aStart, aEnd, bStart, bEnd] = [a.startDate, a.endDate ?? a.startDate, b.startDate, b.endDate ?? b.startDate].map((date) => Date.parse(date));
  return (bStart as number) - (aEnd as number) <= slack && (aStart as number) - (bEnd as number) <= slack;
}
