/**
 * Imports and deletions made through /import: the same read → parse → save path as the command
 * line, plus who did it. The report and its audit entry are written in one transaction, so a
 * failure (or a killed process) leaves both as they were; an unchanged upload writes nothing.
 */
import { createHash } from 'node:crypto';
import type { Db } from '@/db/client';
import { auditLog } from '@/db/schema';
import type { ParsedReport } from '@/lib/ingest/types';
import { deleteReport } from './delete-report';
import { parseReportBytes } from './import-report';
import { saveReport, type SaveResult } from './save-report';

export interface Upload {
  fileName: string;
  contentHash: string;
  report: ParsedReport;
}

export async function readUpload(bytes: Uint8Array, fileName: string): Promise<Upload> {
  const report = await parseReportBytes(bytes, fileName);
  return { fileName, contentHash: hashOf(bytes), report };
}

function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function storeUpload(db: Db, upload: Upload, username: string): SaveResult {
  return db.transaction(() => {
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
