import { checkpointWal } from '@/db/maintenance';
import type { ConfirmResponse, ImportApiError } from '@/lib/import/api';
import { StalePreviewError, storeUpload } from '@/lib/import/admin-import';
import { getDb } from '@/lib/queries/db';
import { handleUpload } from '../upload-route';

/**
 * POST multipart { file, contentHash, basis }: stores the previewed report in one transaction.
 * The hash from the preview must match, so what is stored is exactly what the admin saw; the basis
 * must still be the period's stored report, so a report another admin saved meanwhile is never
 * replaced unseen (409 stale_preview).
 */
export function POST(request: Request): Promise<Response> {
  return handleUpload(request, (upload, form, admin) => {
    if (form.get('contentHash') !== upload.contentHash) return Response.json({ error: 'changed_since_preview' } satisfies ImportApiError, { status: 409 });
    const basis = form.get('basis');
    if (typeof basis !== 'string' || basis === '') return Response.json({ error: 'stale_preview' } satisfies ImportApiError, { status: 409 });
    try {
      const result = storeUpload(getDb(), upload, admin.username, basis);
      if (result.outcome !== 'unchanged') checkpointWal(getDb().$client);
      return Response.json({ outcome: result.outcome, periodKey: result.periodKey, eventCount: result.eventCount } satisfies ConfirmResponse);
    } catch (error) {
      if (error instanceof StalePreviewError) return Response.json({ error: 'stale_preview', message: error.message } satisfies ImportApiError, { status: 409 });
      throw error;
    }
  });
}
