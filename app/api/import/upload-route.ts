import 'server-only';
import type { User } from '@/db/schema';
import { storageFailure } from '@/db/storage-errors';
import { requireAdmin } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import { readUpload, type Upload } from '@/lib/import/admin-import';
import { ImportError } from '@/lib/import/import-report';
import { readUploadedFile, UploadError } from '@/lib/import/upload';

export type UploadHandler = (upload: Upload, form: FormData, admin: User) => Response;

/**
 * The shared path of preview and confirm: admin check, size-limited read, parse. Bad input is a
 * 4xx with a code the page translates; only a fault of the server is a 500.
 */
export async function handleUpload(request: Request, handler: UploadHandler): Promise<Response> {
  const admin = await requireAdmin(request);
  if (admin instanceof Response) return admin;
  try {
    const file = await readUploadedFile(request, env.uploadMaxBytes);
    return handler(await readUpload(file.bytes, file.fileName), file.form, admin);
  } catch (error) {
    if (error instanceof UploadError) return Response.json({ error: error.code, limitBytes: env.uploadMaxBytes }, { status: error.status });
    if (error instanceof ImportError) return Response.json({ error: error.code, message: error.message }, { status: 422 });
    return serverFault('import', error);
  }
}

/**
 * A fault of the server: 503 with the database file and the problem when the storage failed
 * (read-only, disk full: the page translates the code), else 500. One log line either way.
 */
export function serverFault(what: string, error: unknown): Response {
  const storage = storageFailure(error, env.databasePath);
  if (storage) {
    console.error(`${what} failed: ${storage.message}`);
    return Response.json({ error: storage.problem, message: storage.message }, { status: 503 });
  }
  console.error(`${what} failed:`, error);
  return Response.json({ error: 'server' }, { status: 500 });
}
