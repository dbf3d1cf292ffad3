/**
 * The write edge: stores a parsed report in one transaction. A report is keyed by its period:
 * the same content again changes nothing; new content for a stored period replaces that
 * report's events (cascade) atomically. Rows that repeat events of other reports are linked, and
 * analysts' merges and unlinks re-found (lib/reconcile), in the same transaction, after the
 * analysts' corrections of the period are re-applied to the new rows (lib/curation/reapply.ts).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reports } from '@/db/schema';
import { periodRange } from '@/lib/ingest/dates';
import { formatPeriodKey } from '@/lib/ingest/report';
import type { ParsedReport } from '@/lib/ingest/types';
import { type ReapplyOutcome, reapplyCorrections } from '@/lib/curation/reapply';
import { loadSphereMappings } from '@/lib/curation/sphere-mappings';
import { bumpDataVersion } from './data-version';
import { linkReportEvents, type LinkSummary, neighboursOf } from '@/lib/reconcile';
import { quartersOfEvents, quartersOfReport, refreshRollups } from './refresh-rollups';
import { insertEvents } from './save-events';

export type SaveOutcome = 'created' | 'replaced' | 'unchanged';

export interface SaveResult extends LinkSummary {
  outcome: SaveOutcome;
  reportId: number;
  periodKey: string;
  eventCount: number;
  warningCount: number;
  /** What became of the analysts' corrections of this period (lib/curation/reapply.ts). */
  corrections: ReapplyOutcome[];
  /** Time the rollup refresh took inside the transaction (ms): its share of an import is a benchmark target. */
  rollupMs: number;
}

export interface ReportSource {
  fileName: string;
  contentHash: string;
  /** The admin who uploaded it through /import; absent for the command line. */
  importedBy?: string;
}

export function saveReport(db: Db, report: ParsedReport, source: ReportSource): SaveResult {
  const periodKey = formatPeriodKey(report.period);
  const counts = { eventCount: report.events.length, warningCount: report.events.reduce((n, e) => n + e.warnings.length, 0) };
  return db.transaction((tx) => {
    const existing = tx.select().from(reports).where(eq(reports.periodKey, periodKey)).get();
    if (existing?.contentHash === source.contentHash) {
      return { outcome: 'unchanged', reportId: existing.id, periodKey, ...counts, knownFrom: [], possibleDuplicates: 0, corrections: [], rollupMs: 0 };
    }
    const neighbours = existing ? neighboursOf(tx, existing.id) : [];
    const replacedQuarters = existing ? quartersOfReport(tx, existing.id) : [];
    if (existing) tx.delete(reports).where(eq(reports.id, existing.id)).run();
    const inserted = tx
      .insert(reports)
      .values({
        periodKey,
        year: report.period.year,
        quarter: report.period.kind === 'quarter' ? report.period.part : 0,
        periodKind: report.period.kind,
        periodStart: periodRange(report.period).start,
        periodEnd: periodRange(report.period).end,
        rowAccount: report.account,
        title: report.title,
        sourceFile: source.fileName,
        contentHash: source.contentHash,
        importedBy: source.importedBy ?? null,
        summary: report.summary,
      })
      .returning({ id: reports.id })
      .get();
    insertEvents(tx, inserted.id, report.events, loadSphereMappings(tx));
    const corrections = reapplyCorrections(tx, inserted.id, periodKey, report.events);
    const { touched, ...links } = linkReportEvents(tx, { reportId: inserted.id, periodKey, rows: report.events, neighbours });
    const refreshStarted = performance.now();
    refreshRollups(tx, [...replacedQuarters, ...quartersOfReport(tx, inserted.id), ...quartersOfEvents(tx, touched)]);
    const rollupMs = performance.now() - refreshStarted;
    bumpDataVersion(tx);
    return { outcome: existing ? 'replaced' : 'created', reportId: inserted.id, periodKey, ...counts, ...links, corrections, rollupMs };
  });
}
