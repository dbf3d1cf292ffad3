/**
 * Server-side access checks for route handlers and pages. Hiding a button is never the check:
 * every admin endpoint calls requireAdmin (every correction endpoint requireEditor), which answers 401 to anonymous and 403 to viewer
 * requests, and refuses cross-site posts.
 */
import 'server-only';
import { redirect } from 'next/navigation';
import type { User } from '@/db/schema';
import { env } from '@/lib/env';
import { getDb } from '@/lib/queries/db';
import { getSession } from './session';
import { userOfSession } from './session-user';

/** The signed-in user, when the session is still current (session-user.ts). */
export async function getCurrentUser(): Promise<User | null> {
  return userOfSession(getDb(), await getSession());
}

/**
 * Whether the request may see stored data: always in public mode; under READ_ACCESS=login only
 * with a valid session. The proxy redirects most anonymous requests, but the root layout also
 * renders /login, every 404 and paths outside the proxy's matcher: they must stay empty.
 */
export async function mayReadData(): Promise<boolean> {
  return env.readAccess === 'public' || (await getCurrentUser()) !== null;
}

/** The admin making the request, or the error response to return instead. */
export async function requireAdmin(request: Request): Promise<User | Response> {
  return requireRole(request, (user) => user.role === 'admin');
}

/** An editor or admin (who may correct events), or the error response to return instead. */
export async function requireEditor(request: Request): Promise<User | Response> {
  return requireRole(request, canEdit);
}

/** Editors correct events; admins can do everything an editor can. */
export function canEdit(user: User | null): boolean {
  return user?.role === 'editor' || user?.role === 'admin';
}

async function requireRole(request: Request, allowed: (user: User) => boolean): Promise<User | Response> {
  if (!isSameOrigin(request)) return jsonError(403, 'cross_site');
  const user = await getCurrentUser();
  if (!user) return jsonError(401, 'unauthenticated');
  if (!allowed(user)) return jsonError(403, 'forbidden');
  return user;
}

/** For admin pages: anonymous visitors go to the login page; viewers get null (the page says no). */
export async function requireAdminPage(returnTo: string): Promise<User | null> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return user.role === 'admin' ? user : null;
}

/** SameSite=Lax already keeps the cookie off cross-site posts; this also rejects a foreign Origin. */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function jsonError(status: number, error: string, message?: string): Response {
  return Response.json({ error, message }, { status });
}
