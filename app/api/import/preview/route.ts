import { handleUpload } from '../upload-route';

/**
 * POST multipart { file }: what storing the report would do, and the basis (the stored report it
 * was compared with) that the confirm must send back. Stores nothing. (lib/import/jobs.ts)
 */
export function POST(request: Request): Promise<Response> {
  return handleUpload(request, 'preview');
}
