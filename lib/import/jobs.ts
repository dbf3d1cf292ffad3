/**
 * The work behind POST /api/import/preview and /confirm, as one function from an upload to the
 * HTTP answer. It runs in a child process (job-process.ts, started by run-job.ts) with its own
 * database connection, so parsing a large report and its write transaction never hold up the
 * server's event loop: readers keep being answered (WAL lets them read the previous state).
 */
import type { Db } from '@/db/client';
import { storageFailure } from '@/db/storage-errors';
import { checkpointWal } from '@/db/maintenance';
import { formatPeriodKey } from '@/lib/ingest/report';
import { getStoredReportInfo } from '@/lib/queries/imports';
import { loadPlaceAliases } from '@/lib/curation/aliases';
import { loadSphereMappings } from '@/lib/curation/sphere-mappings';
import { previewBasis, readUpload, StalePreviewError, storeUpload } from './admin-import';
import type { ConfirmResponse, PreviewResponse } from './api';
import { ImportError } from './import-report';
import { previewReport } from './preview';

export type JobMode = 'preview' | 'confirm';

export interface JobInput {
  mode: JobMode;
  fileName: string;
  /** The form fields the confirm carries back from the preview. */
  contentHash?: string;
  basis?: string;
  username: string;
}

export interface JobAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** A JobAnswer as it leaves the worker: the body already serialised. */
export interface JobReply {
  status: number;
  json: string;
}

export async function runJob(db: Db, databasePath: string, input: JobInput, bytes: Uint8Array): Promise<JobAnswer> {
  try {
    const upload = await readUpload(bytes, input.fileName, { placeAliases: loadPlaceAliases(db) });
    if (input.mode === 'preview') {
      const periodKey = formatPeriodKey(upload.report.period);
      // One read transaction: the preview and its basis describe the same stored state.
      const { stored, basis, mappings } = db.transaction(
        () => ({ stored: getStoredReportInfo(db, periodKey), basis: previewBasis(db, periodKey), mappings: loadSphereMappings(db) }),
        { behavior: 'deferred' },
      );
      return ok({ fileName: upload.fileName, contentHash: upload.contentHash, basis, preview: previewReport(upload.report, upload.contentHash, stored, mappings) } satisfies PreviewResponse);
    }
    if (input.contentHash !== upload.contentHash) return { status: 409, body: { error: 'changed_since_preview' } };
    if (!input.basis) return { status: 409, body: { error: 'stale_preview' } };
    const result = storeUpload(db, upload, input.username, input.basis);
    if (result.outcome !== 'unchanged') checkpointWal(db.$client);
    return ok({ outcome: result.outcome, periodKey: result.periodKey, eventCount: result.eventCount } satisfies ConfirmResponse);
  } catch (error) {
    return failure(error, databasePath);
  }
}

function ok(body: (PreviewResponse | ConfirmResponse) & Record<string, unknown>): JobAnswer {
  return { status: 200, body };
}

/** Bad input is a 4xx with a code the page translates; a storage fault names the file (503); anything else is a 500. */
function failure(error: unknown, databasePath: string): JobAnswer {
  if (error instanceof ImportError) return { status: 422, body: { error: error.code, message: error.message } };
  if (error instanceof StalePreviewError) return { status: 409, body: { error: 'stale_preview', message: error.message } };
  const storage = storageFailure(error, databasePath);
  if (storage) {
    console.error(`import failed: ${storage.message}`);
    return { status: 503, body: { error: storage.problem, message: storage.message } };
  }
  console.error('import failed:', error);
  return { status: 500, body: { error: 'server' } };
}
