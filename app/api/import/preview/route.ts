import type { PreviewResponse } from '@/lib/import/api';
import { previewReport } from '@/lib/import/preview';
import { formatPeriodKey } from '@/lib/ingest/report';
import { getDb } from '@/lib/queries/db';
import { getStoredReportInfo } from '@/lib/queries/imports';
import { handleUpload } from '../upload-route';

/** POST multipart { file }: what storing the report would do. Stores nothing. */
export function POST(request: Request): Promise<Response> {
  return handleUpload(request, (upload) => {
    const stored = getStoredReportInfo(getDb(), formatPeriodKey(upload.report.period));
    const preview = previewReport(upload.report, upload.contentHash, stored);
    return Response.json({ fileName: upload.fileName, contentHash: upload.contentHash, preview } satisfies PreviewResponse);
  });
}
