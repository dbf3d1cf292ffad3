/**
 * Where to go after signing in: only a path of this site. Browsers forgive a lot in a URL — they
 * drop tabs and newlines anywhere, read "\" as "/", and go to another host for "//host", "/\host"
 * or "/\t/host" — so the value must be a plain absolute path made of URL characters only, and it
 * must still be one after the browser's own parsing. Anything else falls back to the overview.
 */
const FALLBACK = '/';
const BASE = 'http://return-path.invalid';

/** Printable ASCII a URL path and query may hold; no space, backslash, quote, angle bracket or control character. */
const URL_CHARACTERS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?#%[\]]+$/;
/** Percent-encoded "/" "\" or control characters in the path: a later decode must not produce them. */
const ENCODED_DANGER = /%(?:2f|5c|[01][0-9a-f]|7f)/i;

export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return FALLBACK;
  if (!value.startsWith('/') || value.startsWith('//') || !URL_CHARACTERS.test(value) || ENCODED_DANGER.test(value.split(/[?#]/)[0] ?? '')) return FALLBACK;
  let parsed: URL;
  try {
    parsed = new URL(value, BASE);
  } catch {
    return FALLBACK;
  }
  if (parsed.origin !== BASE) return FALLBACK;
  const normalised = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  return normalised.startsWith('//') ? FALLBACK : normalised;
}
