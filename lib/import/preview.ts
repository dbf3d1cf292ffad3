/**
 * What an upload would change, shown before anything is stored: per-sphere counts, every warning,
 * and — when a report for the period is stored — the events added, removed and changed, field by
 * field. Pure: the stored side comes in as plain rows (lib/queries/imports.ts).
 *
 * Rows are paired in three passes, so a renumbered or retitled row reads as a change, not as one
 * removal plus one addition: same number and title, then same title, then same number.
 */
import type { Correction } from '@/db/schema';
import { planReapply, type ReapplyOutcome } from '@/lib/curation/reapply';
import { countsOf } from '@/lib/ingest/counts';
import { type DecisionOutcome, type PendingDecision, planManualRefind } from '@/lib/reconcile/manual';
import { formatPeriodKey } from '@/lib/ingest/report';
import { resolveSphere, type SphereMappings } from '@/lib/ingest/spheres';
import type { Counts, ParsedEvent, ParsedReport, Period, RowAccount, WarningCode } from '@/lib/ingest/types';

/** The fields of an event that a reader of the dashboard can see change. */
export interface ComparableEvent extends Counts {
  seq: number;
  title: string;
  sphere: string;
  startDate: string | null;
  endDate: string | null;
  places: string[];
  countries: string[];
  status: string;
  format: string;
  direction: string;
  kind: string;
  agreementSigned: boolean;
  remote: boolean;
  goal: string;
  participants: string;
}

type ComparableField = keyof ComparableEvent;
type Value = string | number | boolean | null;

export interface FieldChange {
  field: ComparableField;
  before: Value;
  after: Value;
}

export interface EventRef {
  seq: number;
  title: string;
}

export interface ReportDiff {
  added: EventRef[];
  removed: EventRef[];
  changed: (EventRef & { changes: FieldChange[] })[];
  unchangedCount: number;
}

interface PreviewWarning {
  seq: number | null;
  code: WarningCode;
  message: string;
  where: string | null;
}

export interface StoredReportInfo {
  sourceFile: string;
  importedAt: string;
  importedBy: string | null;
  contentHash: string;
  events: ComparableEvent[];
  /** Analysts' corrections of the period still to be applied (lib/curation/reapply.ts). */
  corrections: Correction[];
  /** Analysts' live merges and unlinks with a row in the period (lib/reconcile/manual.ts). */
  decisions: PendingDecision[];
}

export interface ReportPreview {
  periodKey: string;
  year: number;
  /** 1–4 for a quarterly report, 0 for a longer period (see periodKind). */
  quarter: number;
  periodKind: Period['kind'];
  /** What became of every table row: "N rows read → M events, K skipped (why)". */
  account: RowAccount;
  title: string;
  eventCount: number;
  spheres: { name: string; count: number }[];
  warnings: PreviewWarning[];
  /** Null when no report for the period is stored. */
  existing: { sourceFile: string; importedAt: string; importedBy: string | null; eventCount: number; sameContent: boolean } | null;
  diff: ReportDiff | null;
  /** What the save would make of each analyst's correction of the period (empty for the same file). */
  corrections: ReapplyOutcome[];
  /** The merges and unlinks the save would orphan (empty for the same file). */
  merges: DecisionOutcome[];
}

/** `mappings`: the analysts' section mappings, as saving will apply them (lib/curation/sphere-mappings.ts). */
export function previewReport(report: ParsedReport, contentHash: string, stored: StoredReportInfo | null, mappings?: SphereMappings): ReportPreview {
  const events = report.events.map(comparableOf);
  const periodKey = formatPeriodKey(report.period);
  const replaced = stored !== null && stored.contentHash !== contentHash;
  return {
    periodKey,
    year: report.period.year,
    quarter: report.period.kind === 'quarter' ? report.period.part : 0,
    periodKind: report.period.kind,
    account: report.account,
    title: report.title,
    eventCount: report.events.length,
    spheres: countBySphere(report.events),
    warnings: warningsOf(report.events, mappings),
    existing: stored && {
      sourceFile: stored.sourceFile,
      importedAt: stored.importedAt,
      importedBy: stored.importedBy,
      eventCount: stored.events.length,
      sameContent: stored.contentHash === contentHash,
    },
    diff: stored && diffEvents(stored.events, events),
    corrections: replaced ? planReapply(stored.corrections, report.events, mappings) : [],
    merges: replaced ? planManualRefind(stored.decisions, periodKey, report.events) : [],
  };
}

function comparableOf(event: ParsedEvent): ComparableEvent {
  return {
    seq: event.seq,
    title: event.title,
    sphere: event.sphere,
    startDate: event.startDate,
    endDate: event.endDate,
    places: event.places.map((place) => place.name),
    countries: event.countries.map((link) => link.code).sort(),
    ...countsOf(event),
    status: event.status,
    format: event.format,
    direction: event.direction,
    kind: event.kind,
    agreementSigned: event.agreementSigned,
    remote: event.remote,
    goal: event.sourceText.goal,
    participants: event.sourceText.participants,
  };
}

export function diffEvents(before: ComparableEvent[], after: ComparableEvent[]): ReportDiff {
  const pairs = pairEvents(before, after);
  const paired = new Set(pairs.map(([, next]) => next));
  const pairedBefore = new Set(pairs.map(([old]) => old));
  const changed = pairs
    .map(([old, next]) => ({ seq: next.seq, title: next.title, changes: changesOf(old, next) }))
    .filter((entry) => entry.changes.length > 0);
  return {
    added: after.filter((event) => !paired.has(event)).map(refOf),
    removed: before.filter((event) => !pairedBefore.has(event)).map(refOf),
    changed,
    unchangedCount: pairs.length - changed.length,
  };
}

const PASSES: ((a: ComparableEvent, b: ComparableEvent) => boolean)[] = [
  (a, b) => a.seq === b.seq && a.title === b.title,
  (a, b) => a.title === b.title,
  (a, b) => a.seq === b.seq,
];

function pairEvents(before: ComparableEvent[], after: ComparableEvent[]): [ComparableEvent, ComparableEvent][] {
  const pairs: [ComparableEvent, ComparableEvent][] = [];
  const left = new Set(before);
  const right = new Set(after);
  for (const same of PASSES) {
    for (const next of [...right]) {
      const old = [...left].find((candidate) => same(candidate, next));
      if (!old) continue;
      pairs.push([old, next]);
      left.delete(old);
      right.delete(next);
    }
  }
  return pairs.sort((a, b) => a[1].seq - b[1].seq);
}

function changesOf(old: ComparableEvent, next: ComparableEvent): FieldChange[] {
  return (Object.keys(next) as ComparableField[]).flatMap((field) => {
    const before = valueOf(old[field]);
    const after = valueOf(next[field]);
    return before === after ? [] : [{ field, before, after }];
  });
}

function valueOf(value: ComparableEvent[ComparableField]): Value {
  return Array.isArray(value) ? value.join(', ') : value;
}

function refOf(event: ComparableEvent): EventRef {
  return { seq: event.seq, title: event.title };
}

function countBySphere(events: ParsedEvent[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.sphere, (counts.get(event.sphere) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count }));
}

function warningsOf(events: ParsedEvent[], mappings?: SphereMappings): PreviewWarning[] {
  const spheres = [...new Set(events.map((event) => event.sphere))];
  const unknownSpheres = spheres
    .filter((header) => !resolveSphere(header, mappings).known)
    .map((header): PreviewWarning => ({ seq: null, code: 'unknown_sphere', message: `section header matches no known sphere: "${header}"`, where: header }));
  const rows = events.flatMap((event) =>
    event.warnings.map((warning): PreviewWarning => ({ seq: event.seq, code: warning.code, message: warning.message, where: warning.where ?? null })),
  );
  return [...unknownSpheres, ...rows];
}
