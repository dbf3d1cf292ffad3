/**
 * How the correction routes answer: a browser form post is sent back to the page it came from
 * (303, with `correction=<outcome>` for the page to say what happened); a client asking for JSON
 * gets the correction or the error with its status.
 */
import { CorrectionError, type CorrectionErrorCode } from './errors';

const STATUS: Record<CorrectionErrorCode, number> = { not_found: 404, invalid_field: 400, invalid_value: 400, no_reason: 400, unchanged: 409, wrong_state: 409 };

/** `param`: the query parameter the page reads the outcome from (`correction`, `merge`). */
export function respondToCorrection(request: Request, returnTo: string, run: () => unknown, param = 'correction'): Response {
  const wantsJson = request.headers.get('accept')?.includes('application/json') ?? false;
  try {
    const result = run();
    return wantsJson ? Response.json(result) : redirectTo(request, returnTo, param, 'saved');
  } catch (error) {
    if (!(error instanceof CorrectionError)) throw error;
    if (wantsJson) return Response.json({ error: error.code, message: error.message }, { status: STATUS[error.code] });
    return redirectTo(request, returnTo, param, error.code);
  }
}

function redirectTo(request: Request, path: string, param: string, outcome: string): Response {
  const target = new URL(path, request.url);
  target.searchParams.set(param, outcome);
  return new Response(null, { status: 303, headers: { location: `${target.pathname}${target.search}` } });
}
