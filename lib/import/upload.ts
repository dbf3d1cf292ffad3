/**
 * Reads an uploaded report from a multipart request, in memory (no temporary files), refusing
 * bodies over the configured size before and while reading them. What the bytes are is decided
 * later by their content (read-file.ts), never by the file name or the declared type.
 */
export type UploadProblem = 'too_large' | 'no_file' | 'bad_form';

export class UploadError extends Error {
  constructor(
    readonly status: 400 | 413,
    readonly code: UploadProblem,
  ) {
    super(code);
    this.name = 'UploadError';
  }
}

export interface UploadedFile {
  bytes: Uint8Array;
  fileName: string;
  form: FormData;
}

/** Room for multipart boundaries, part headers and the small text fields beside the file. */
const FORM_OVERHEAD = 64 * 1024;

export async function readUploadedFile(request: Request, maxBytes: number): Promise<UploadedFile> {
  const form = await readForm(request, maxBytes + FORM_OVERHEAD);
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) throw new UploadError(400, 'no_file');
  if (file.size > maxBytes) throw new UploadError(413, 'too_large');
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: safeFileName(file.name), form };
}

async function readForm(request: Request, limit: number): Promise<FormData> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw new UploadError(413, 'too_large');
  const body = await readBody(request, limit);
  try {
    return await new Response(body, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    throw new UploadError(400, 'bad_form');
  }
}

/** The body, counted as it streams in: a client that lies about Content-Length is cut off too. */
async function readBody(request: Request, limit: number): Promise<Buffer<ArrayBuffer>> {
  if (!request.body) throw new UploadError(400, 'no_file');
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new UploadError(413, 'too_large');
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

/** The base name, without control characters, at most 200 characters: it is stored and shown. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\p{Cc}\p{Cf}]/gu, '').trim().slice(0, 200);
  return clean === '' ? 'report' : clean;
}
