import 'server-only';
import { storageFailure } from '@/db/storage-errors';
import { requireAdmin } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import type { JobMode } from '@/lib/import/jobs';
import { runImportJob } from '@/lib/import/run-job';
import { readUploadedFile, UploadError } from '@/lib/import/upload';

/**
 * The shared path of preview and confirm: admin check and size-limited read here; parsing and
 * storing in a child process (lib/import/run-job.ts), so the server keeps answering readers
 * meanwhile. Bad input is a 4xx with a code the page translates; only a fault of the server is a
 * 500 (a storage fault a 503 naming the database file).
 */
export async function handleUpload(request: Request, mode: JobMode): Promise<Response> {
  const admin = await requireAdmin(request);
  if (admin instanceof Response) return admin;
  try {
    const file = await readUploadedFile(request, env.uploadMaxBytes);
    const reply = await runImportJob(
      { mode, fileName: file.fileName, contentHash: field(file.form, 'contentHash'), basis: field(file.form, 'basis'), username: admin.username },
      file.bytes,
    );
    return new Response(reply.json, { status: reply.status, headers: { 'content-type': 'application/json' } });
  } catch (error) {
    if (error instanceof UploadError) return Response.json({ error: error.code, limitBytes: env.uploadMaxBytes }, { status: error.status });
    return serverFault('import', error);
  }
}

function field(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
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
