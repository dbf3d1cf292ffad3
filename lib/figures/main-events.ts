/**
 * What the справка and the decks both show beside the charts: the main events of a period (those
 * with the most SME participants, by date) and the key figures of the previous quarter that has its
 * report, for the changes. One place, so the printed справка, its Word file and the deck agree.
 */
import 'server-only';
import type { Db } from '@/db/client';
import type { Filters } from '@/lib/filters/filters';
import { previousCovered, shiftQuarter } from '@/lib/periods';
import { getCoverage } from '@/lib/queries/coverage';
import { getEvents, type EventListItem } from '@/lib/queries/events';
import { getKeyFigures, type KeyFigures } from '@/lib/queries/overview';

/** The main events: the `limit` with the most SME participants, by date; the first by date when no event has SMEs. */
export function mainEvents(db: Db, filters: Filters, limit: number): { bySme: boolean; events: EventListItem[] } {
  const withSme = getEvents(db, filters, { sort: '-sme', withSme: true, limit });
  const bySme = withSme.length > 0;
  const top = bySme ? withSme : getEvents(db, filters, { limit });
  return { bySme, events: [...top].sort((a, b) => (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999')) };
}

/** One quarter chosen (a report or from = to): changes can be shown against the one before. */
function singleQuarter(filters: Filters): string | undefined {
  if (filters.report) return filters.report;
  return filters.from && filters.from === filters.to ? filters.from : undefined;
}

export type Previous =
  /** Several quarters or none chosen: no changes. */
  | { kind: 'span' }
  /** The quarter before has no report: no changes (`quarter` is the one missing). */
  | { kind: 'missing'; quarter: string }
  /** The previous quarter that has its report, and its figures under the same filters. */
  | { kind: 'found'; quarter: string; figures: KeyFigures };

/** The figures of the previous quarter that has its report, as on the overview. */
export function previousFigures(db: Db, filters: Filters): Previous {
  const quarter = singleQuarter(filters);
  if (!quarter) return { kind: 'span' };
  const previous = previousCovered(getCoverage(db), quarter);
  if (!previous) return { kind: 'missing', quarter: shiftQuarter(quarter, -1) };
  const narrowed = filters.report ? { ...filters, report: previous } : { ...filters, from: previous, to: previous };
  return { kind: 'found', quarter: previous, figures: getKeyFigures(db, narrowed) };
}
