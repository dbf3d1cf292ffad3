/**
 * Runs before every page and API request except static files and the upload endpoints (Next.js
 * would buffer their bodies here, cut at 10 MB). It sets the nonce-based Content-Security-Policy
 * of pages (API answers keep `default-src 'none'`), HSTS over HTTPS and, when READ_ACCESS=login,
 * sends visitors without a current session to the login page.
 * Admin rights are not checked here: every admin route handler checks them itself (lib/auth/guards.ts).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE, readSessionCookie } from '@/lib/auth/session';
import { userOfSession } from '@/lib/auth/session-user';
import { env } from '@/lib/env';
import { getDb } from '@/lib/queries/db';
import { refuseBadAction } from '@/lib/security/action-requests';
import { isHttpsRequest } from '@/lib/security/client-address';
import { API_CONTENT_SECURITY_POLICY, STRICT_TRANSPORT_SECURITY, contentSecurityPolicy, createNonce } from '@/lib/security/csp';

/** Exact paths, or prefixes ending in "/", that anonymous visitors may request under READ_ACCESS=login. */
const OPEN_PATHS = ['/login', '/api/auth/', '/icon.svg'];

function isOpenPath(pathname: string): boolean {
  return OPEN_PATHS.some((open) => (open.endsWith('/') ? pathname.startsWith(open) : pathname === open));
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = createNonce();
  const isApi = request.nextUrl.pathname.startsWith('/api/');
  // API answers are data, never a document: they keep next.config's policy that allows nothing.
  const csp = isApi ? API_CONTENT_SECURITY_POLICY : contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development', tileUrl: env.tileUrl });
  const secure = (response: NextResponse) => withTransportSecurity(withCsp(response, csp), request);
  const denied = (await readAccessDenied(request)) ?? (await refuseBadAction(request));
  if (denied) return secure(denied);
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  return secure(NextResponse.next({ request: { headers } }));
}

async function readAccessDenied(request: NextRequest): Promise<NextResponse | null> {
  const { pathname, search } = request.nextUrl;
  if (env.readAccess === 'public' || isOpenPath(pathname)) return null;
  const session = await readSessionCookie(request.cookies.get(SESSION_COOKIE)?.value);
  if (session && userOfSession(getDb(), session)) return null;
  if (pathname.startsWith('/api/')) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  const login = new URL('/login', request.url);
  login.searchParams.set('required', '1');
  login.searchParams.set('next', `${pathname}${search}`);
  return NextResponse.redirect(login, 303);
}

function withCsp(response: NextResponse, csp: string): NextResponse {
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

/** HSTS only over HTTPS (directly, or per X-Forwarded-Proto from a proxy trusted by TRUST_PROXY): browsers ignore it over HTTP. */
function withTransportSecurity(response: NextResponse, request: NextRequest): NextResponse {
  if (isHttpsRequest(request.url, request.headers, env.trustProxy)) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/import/).*)'],
};
