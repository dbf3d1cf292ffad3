import { storeUpload } from '@/lib/import/admin-import';
import type { ConfirmResponse, ImportApiError } from '@/lib/import/api';
import { getDb } from '@/lib/queries/db';
import { handleUpload } from '../upload-route';

/**
 * POST multipart { file, contentHash }: stores the previewed report in one transaction. The hash
 * from the preview must match, so what is stored is exactly what the admin saw.
 */
export function POST(request: Request): Promise<Response> {
  return handleUpload(request, (upload, form, admin) => {
    if (form.get('contentHash') !== upload.contentHash) return Response.json({ error: 'changed_since_preview' } satisfies ImportApiError, { status: 409 });
    const result = storeUpload(getDb(), upload, admin.username);
    return Response.json({ outcome: result.outcome, periodKey: result.periodKey, eventCount: result.eventCount } satisfies ConfirmResponse);
  });
}
