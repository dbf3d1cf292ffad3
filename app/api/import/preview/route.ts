import type { PreviewResponse } from '@/lib/import/api';
import { previewBasis } from '@/lib/import/admin-import';
import { previewReport } from '@/lib/import/preview';
import { formatPeriodKey } from '@/lib/ingest/report';
import { getDb } from '@/lib/queries/db';
import { getStoredReportInfo } from '@/lib/queries/imports';
import { handleUpload } from '../upload-route';

/**
 * POST multipart { file }: what storing the report would do, and the basis (the stored report it
 * was compared with) that the confirm must send back. Stores nothing.
 */
export function POST(request: Request): Promise<Response> {
  return handleUpload(request, (upload) => {
    const db = getDb();
    const periodKey = formatPeriodKey(upload.report.period);
    // One read transaction: the preview and its basis describe the same stored state.
    const { stored, basis } = db.transaction(() => ({ stored: getStoredReportInfo(db, periodKey), basis: previewBasis(db, periodKey) }), { behavior: 'deferred' });
    const preview = previewReport(upload.report, upload.contentHash, stored);
    return Response.json({ fileName: upload.fileName, contentHash: upload.contentHash, basis, preview } satisfies PreviewResponse);
  });
}
