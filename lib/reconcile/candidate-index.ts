/**
 * Which rows could match a row (lib/reconcile/match.ts), found without comparing every pair.
 *
 * A match needs dates that overlap within DATE_TOLERANCE_DAYS and a title similarity of at least
 * MIN_SIMILARITY: of the shorter title's stems, at least `required(size)` are shared. So the
 * shorter title's rarest `size - required + 1` stems (its prefix) hold a shared stem (the classic
 * prefix filter of set-similarity joins). A probe therefore reads the rows listed under its own
 * prefix stems (in case it is the shorter title) and the rows whose prefix holds one of its stems
 * (in case the other is), and of those only the rows starting within reach of its dates.
 * Rows longer than LONG_SPAN_DAYS ("в течение 2025 года") would widen that reach for all, so they
 * are kept apart and read whole. matchPrepared still decides every candidate; the index only
 * leaves out pairs that cannot match.
 */
import { DATE_TOLERANCE_DAYS, type PreparedCandidate, STRONG_TITLE_SIMILARITY, TITLE_SIMILARITY } from './match';

const LONG_SPAN_DAYS = 31;
const MIN_SIMILARITY = Math.min(TITLE_SIMILARITY, STRONG_TITLE_SIMILARITY);
if (!(MIN_SIMILARITY > 0)) throw new Error('candidate-index: matches must share a title stem');

export class CandidateIndex {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly frequency = new Map<string, number>();
  /** Every row under each of its stems. */
  private readonly all = new StemPostings();
  /** Every row under each stem of its prefix. */
  private readonly prefixes = new StemPostings();
  private readonly seen: Uint32Array;
  private probe = 0;

  constructor(rows: PreparedCandidate[]) {
    this.starts = Float64Array.from(rows, (row) => row.startDay ?? Number.NaN);
    this.ends = Float64Array.from(rows, (row) => row.endDay ?? Number.NaN);
    this.seen = new Uint32Array(rows.length);
    for (const row of rows) for (const stem of row.stems) this.frequency.set(stem, (this.frequency.get(stem) ?? 0) + 1);
    const dated = rows.map((_, position) => position).filter((position) => this.isDated(position));
    for (const position of dated.sort((a, b) => (this.starts[a] ?? 0) - (this.starts[b] ?? 0) || a - b)) {
      const start = this.starts[position] ?? 0;
      const span = (this.ends[position] ?? 0) - start;
      const stems = this.rarestFirst((rows[position] as PreparedCandidate).stems);
      stems.forEach((stem, rank) => {
        this.all.add(stem, position, start, span);
        if (rank < prefixLength(stems.length)) this.prefixes.add(stem, position, start, span);
      });
    }
  }

  /** Positions (ascending, each at least `from`) of the rows that may match `row`. */
  candidates(row: PreparedCandidate, from = 0): number[] {
    const { startDay, endDay } = row;
    if (startDay === null || endDay === null || !Number.isFinite(startDay) || !Number.isFinite(endDay)) return [];
    this.probe += 1;
    const found: number[] = [];
    const keep = (position: number) => {
      if (position < from || this.seen[position] === this.probe) return;
      this.seen[position] = this.probe;
      const overlaps = (this.starts[position] ?? 0) - endDay <= DATE_TOLERANCE_DAYS && startDay - (this.ends[position] ?? 0) <= DATE_TOLERANCE_DAYS;
      if (overlaps) found.push(position);
    };
    const first = startDay - DATE_TOLERANCE_DAYS;
    const last = endDay + DATE_TOLERANCE_DAYS;
    const stems = this.rarestFirst(row.stems);
    stems.slice(0, prefixLength(stems.length)).forEach((stem) => this.all.visit(stem, first, last, keep));
    for (const stem of stems) this.prefixes.visit(stem, first, last, keep);
    return found.sort((a, b) => a - b);
  }

  private isDated(position: number): boolean {
    return Number.isFinite(this.starts[position]) && Number.isFinite(this.ends[position]);
  }

  /** One order for every row: the fewest rows first, ties by the stem itself. */
  private rarestFirst(stems: Set<string>): string[] {
    const frequency = (stem: string) => this.frequency.get(stem) ?? 0;
    return [...stems].sort((a, b) => frequency(a) - frequency(b) || (a < b ? -1 : a > b ? 1 : 0));
  }
}

/** How many of a title's `size` stems hold a shared one whenever the similarity is reached. */
function prefixLength(size: number): number {
  let required = 0;
  while (required / size < MIN_SIMILARITY) required++; // the same division matchPrepared makes
  return size - required + 1;
}

/**
 * Row positions per stem: short rows ordered by start day, with the longest span among them (how
 * far before a probe's first day one may start); long rows apart.
 */
class StemPostings {
  private readonly short = new Map<string, { positions: number[]; starts: number[]; reach: number }>();
  private readonly long = new Map<string, number[]>();

  /** Rows must be added in order of start day. */
  add(stem: string, position: number, start: number, span: number): void {
    if (span > LONG_SPAN_DAYS) {
      const list = this.long.get(stem);
      if (list) list.push(position);
      else this.long.set(stem, [position]);
      return;
    }
    const posting = this.short.get(stem);
    if (!posting) this.short.set(stem, { positions: [position], starts: [start], reach: Math.max(0, span) });
    else {
      posting.positions.push(position);
      posting.starts.push(start);
      posting.reach = Math.max(posting.reach, span);
    }
  }

  /** Calls `keep` for the rows under `stem` that start no later than `last` and may end after `first`. */
  visit(stem: string, first: number, last: number, keep: (position: number) => void): void {
    const posting = this.short.get(stem);
    if (posting) {
      const { positions, starts, reach } = posting;
      for (let i = lowerBound(starts, first - reach); i < starts.length && (starts[i] ?? 0) <= last; i++) keep(positions[i] ?? 0);
    }
    for (const position of this.long.get(stem) ?? []) keep(position);
  }
}

/** The first index whose value is ≥ `value` in an ascending array. */
function lowerBound(values: number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
