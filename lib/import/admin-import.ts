/**
 * Imports and deletions made through /import: the same read → parse → save path as the command
 * line, plus who did it. The report and its audit entry are written in one transaction, so a
 * failure (or a killed process) leaves both as they were; an unchanged upload writes nothing.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditLog, reports } from '@/db/schema';
import { formatPeriodKey } from '@/lib/ingest/report';
import type { IngestOptions, ParsedReport } from '@/lib/ingest/types';
import { contentHashOf } from './content-hash';
import { deleteReport } from './delete-report';
import { parseReportBytes } from './import-report';
import { saveReport, type SaveResult } from './save-report';

export interface Upload {
  fileName: string;
  contentHash: string;
  report: ParsedReport;
}

export async function readUpload(bytes: Uint8Array, fileName: string, options: IngestOptions = {}): Promise<Upload> {
  const report = await parseReportBytes(bytes, fileName, options);
  return { fileName, contentHash: contentHashOf(bytes), report };
}

/** The basis of a preview when the period has no stored report. */
export const NO_STORED_REPORT = 'none';

/** Refused confirm: the period's stored report changed after the preview was made (another admin saved one). */
export class StalePreviewError extends Error {
  constructor(readonly periodKey: string) {
    super(`the stored report for ${periodKey} changed after the preview`);
    this.name = 'StalePreviewError';
  }
}

/**
 * What a preview of this period is compared against: the stored report's content hash, or
 * NO_STORED_REPORT. The confirm carries it back, so it stores only over what the admin saw.
 */
export function previewBasis(db: Db, periodKey: string): string {
  return db.select({ hash: reports.contentHash }).from(reports).where(eq(reports.periodKey, periodKey)).get()?.hash ?? NO_STORED_REPORT;
}

/**
 * Stores an upload with its audit entry. With `basis` (the confirm of a preview), refuses when the
 * period's stored report is no longer the one previewed against — unless it already is this very
 * file, when storing changes nothing. The check runs inside the write transaction.
 */
export function storeUpload(db: Db, upload: Upload, username: string, basis?: string): SaveResult {
  return db.transaction(() => {
    const periodKey = formatPeriodKey(upload.report.period);
    const current = previewBasis(db, periodKey);
    if (basis !== undefined && current !== basis && current !== upload.contentHash) throw new StalePreviewError(periodKey);
    const result = saveReport(db, upload.report, { fileName: upload.fileName, contentHash: upload.contentHash, importedBy: username });
    if (result.outcome !== 'unchanged') {
      const action = result.outcome === 'created' ? 'import' : 'replace';
      db.insert(auditLog).values({ username, action, periodKey: result.periodKey, sourceFile: upload.fileName, eventCount: result.eventCount }).run();
    }
    return result;
  });
}

export function deleteReportAs(db: Db, periodKey: string, username: string): boolean {
  return db.transaction(() => {
    const deleted = deleteReport(db, periodKey);
    if (deleted) db.insert(auditLog).values({ username, action: 'delete', periodKey }).run();
    return deleted;
  });
}
