import { importApiError, type ImportApiError, type ImportRoutes } from '@/lib/import/api';

export type PostResult<T> = { ok: true; body: T } | { ok: false; error: ImportApiError };

const SERVER_ERROR: ImportApiError = { error: 'server' };

/**
 * POSTs a form to a route of the import API. A success carries the body that route declares in
 * lib/import/api.ts (its handler writes it with `satisfies`); anything else is the API's error
 * body, checked with its schema. A network failure, or a body that is not the API's (a proxy's
 * error page), reads as a server error.
 */
export async function postForm<R extends keyof ImportRoutes>(route: R, form: FormData): Promise<PostResult<ImportRoutes[R]>> {
  const response = await fetch(route, { method: 'POST', body: form }).catch(() => null);
  const body: unknown = await response?.json().catch(() => null);
  // The one unchecked step: the JSON of a 2xx is the type its handler satisfies.
  if (response?.ok && body !== null && body !== undefined) return { ok: true, body: body as ImportRoutes[R] };
  return { ok: false, error: readError(body) };
}

/** The error body of an import API response, or a server error when it is not one. */
export function readError(body: unknown): ImportApiError {
  const parsed = importApiError.safeParse(body);
  return parsed.success ? parsed.data : SERVER_ERROR;
}
