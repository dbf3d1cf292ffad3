import { handleUpload } from '../upload-route';

/**
 * POST multipart { file, contentHash, basis }: stores the previewed report in one transaction.
 * The hash from the preview must match, so what is stored is exactly what the admin saw; the basis
 * must still be the period's stored report, so a report another admin saved meanwhile is never
 * replaced unseen (409 stale_preview). (lib/import/jobs.ts)
 */
export function POST(request: Request): Promise<Response> {
  return handleUpload(request, 'confirm');
}
