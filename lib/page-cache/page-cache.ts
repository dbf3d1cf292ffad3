/**
 * Rendered dashboard pages reused between requests. A page's HTML depends only on its URL, the
 * stored data and who is asking (the header shows the signed-in user's name and, for admins, the
 * import link; event pages show editors the correction form), so it is kept under the key
 * (data version, signed-in user, URL) and goes stale the moment an import, deletion or correction
 * bumps the data version (lib/import/data-version.ts), in this process or another one.
 *
 * Every page carries a fresh Content-Security-Policy nonce (proxy.ts). The stored HTML is split
 * at its nonce and each answer is joined with a new one (the same header, the same scripts), so a
 * reused page is exactly what Next.js would have rendered for that request, nonce included.
 *
 * The production server (scripts/serve.mjs) asks this module through `pageCacheHooks`, installed
 * from instrumentation.ts inside Next.js's own server bundle; anything not clearly a read-only
 * document request of a dashboard page goes to Next.js untouched. QUERY_CACHE=off turns it off too.
 */
import 'server-only';
import { SESSION_COOKIE, readSessionCookie } from '@/lib/auth/session';
import { userOfSession } from '@/lib/auth/session-user';
import { env } from '@/lib/env';
import { getDb } from '@/lib/queries/db';
import { isHttpsRequest } from '@/lib/security/client-address';
import { createNonce } from '@/lib/security/csp';

/** The dashboard's read-only pages (app/(dashboard)); /brief (dated "today"), /import and /login are never kept. */
const CACHED_PATHS = /^\/(?:map|countries(?:\/[^/]+)?|spheres(?:\/[^/]+)?|sme|compare|events(?:\/[^/]+)?|quality)?$/;
/** Requests for something else than a whole document (client navigation, prefetch, server action, partial or conditional). */
const BYPASS_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url', 'range', 'if-none-match', 'if-modified-since'];
/** The answer's headers that are per response (recomputed on the way out) or must never be replayed. */
const DROPPED_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'date', 'etag', 'connection', 'keep-alive', 'set-cookie']);
const SERVER_ERROR = /data-dgst="[^"]|\$RX\(/;
const MAX_ENTRIES = 300;
const MAX_BYTES = 48 * 2 ** 20;

interface CachedPage {
  /** The HTML split at every occurrence of the nonce it was rendered with, as UTF-8 bytes (no string built and encoded per answer). */
  parts: Buffer[];
  /** Headers as sent, each value split at the nonce like the body. */
  headers: [string, string[]][];
  bytes: number;
}

export interface RequestLike {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface CachedAnswer {
  status: 200;
  headers: [string, string][];
  body: Buffer;
}

interface Hooks {
  /** The key of a cacheable request, or null: let Next.js answer it as usual. */
  keyOf: (request: RequestLike) => Promise<string | null>;
  /** The stored page under `key` with a fresh nonce, or null. */
  answer: (key: string) => CachedAnswer | null;
  /** Keeps what Next.js answered to the request of `key` (only a complete 200 HTML page). */
  keep: (key: string, status: number, headers: Record<string, string | string[] | number | undefined>, body: string) => void;
}

let version = -1;
let bytes = 0;
const pages = new Map<string, CachedPage>();

function header(request: RequestLike, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of cookieHeader?.split(';') ?? []) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

function currentVersion(): number {
  const row = getDb().$client.prepare('select version from data_version where id = 1').get() as { version: number } | undefined;
  return row?.version ?? 0;
}

/** Who is asking, as far as a page can show it: nobody, or one user in one role and session generation. */
async function viewerOf(request: RequestLike): Promise<string | null> {
  const session = await readSessionCookie(cookieValue(header(request, 'cookie'), SESSION_COOKIE));
  const user = session ? userOfSession(getDb(), session) : null;
  if (!user) return env.readAccess === 'public' ? 'anonymous' : null;
  return `user ${user.id} ${user.role} ${user.sessionGeneration} ${user.username}`;
}

async function keyOf(request: RequestLike): Promise<string | null> {
  if (!env.queryCache || request.method !== 'GET' || !request.url) return null;
  const url = new URL(request.url, 'http://local');
  if (!CACHED_PATHS.test(url.pathname) || url.searchParams.has('_rsc')) return null;
  if (BYPASS_HEADERS.some((name) => header(request, name) !== undefined)) return null;
  const viewer = await viewerOf(request);
  if (viewer === null) return null;
  const data = currentVersion();
  if (data !== version) {
    pages.clear();
    bytes = 0;
    version = data;
  }
  // HTTPS decides HSTS (proxy.ts), the host any absolute link: both are part of the answer.
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  const https = isHttpsRequest(`http://local${request.url}`, headers, env.trustProxy);
  return JSON.stringify([data, viewer, header(request, 'host'), https, url.pathname + url.search]);
}

function answer(key: string): CachedAnswer | null {
  const page = pages.get(key);
  if (!page) return null;
  pages.delete(key);
  pages.set(key, page);
  const nonce = createNonce();
  const nonceBytes = Buffer.from(nonce, 'utf8');
  const body = Buffer.concat(page.parts.flatMap((part, i) => (i === 0 ? [part] : [nonceBytes, part])));
  return { status: 200, headers: page.headers.map(([name, value]) => [name, value.join(nonce)]), body };
}

function keep(key: string, status: number, headers: Record<string, string | string[] | number | undefined>, body: string): void {
  const csp = String(headers['content-security-policy'] ?? '');
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  const type = String(headers['content-type'] ?? '');
  if (status !== 200 || !nonce || !type.startsWith('text/html') || headers['set-cookie'] !== undefined) return;
  // A complete document without a server error in it: React marks a failed boundary with the error's
  // digest (an empty one is a client-only component, e.g. a chart, which is normal) or, once
  // streamed, with $RX.
  if (!body.trimEnd().endsWith('</html>') || SERVER_ERROR.test(body)) return;
  const kept: [string, string[]][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || DROPPED_HEADERS.has(name)) continue;
    kept.push([name, String(Array.isArray(value) ? value.join(', ') : value).split(nonce)]);
  }
  const parts = body.split(nonce).map((part) => Buffer.from(part, 'utf8'));
  const page = { parts, headers: kept, bytes: parts.reduce((sum, part) => sum + part.length, 0) };
  if (page.bytes > MAX_BYTES / 8) return;
  const old = pages.get(key);
  if (old) bytes -= old.bytes;
  pages.set(key, page);
  bytes += page.bytes;
  while (pages.size > MAX_ENTRIES || bytes > MAX_BYTES) {
    const [oldest, entry] = pages.entries().next().value as [string, CachedPage];
    pages.delete(oldest);
    bytes -= entry.bytes;
  }
}

const HOOKS_KEY = Symbol.for('smolensk-dashboard.page-cache');

/** Makes the hooks visible to scripts/serve.mjs (same process, outside Next.js's bundles). */
export function installPageCache(): void {
  const hooks: Hooks = { keyOf, answer, keep };
  (globalThis as Record<symbol, unknown>)[HOOKS_KEY] = hooks;
}
