/**
 * Sessions in an encrypted, HttpOnly cookie (iron-session): SameSite=Lax, Secure when the request
 * came over HTTPS, 8 hours. The cookie holds the user id and session generation only; role,
 * existence and generation are read from the database on every check (session-user.ts), so a
 * logout, a deleted or demoted user or a new password ends the session at once.
 */
import { getIronSession, unsealData, type IronSession, type SessionOptions } from 'iron-session';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { isHttpsRequest } from '@/lib/security/client-address';
import { sessionSecret } from './session-secret';

export interface SessionData {
  userId?: number;
  /** The user's session generation at login (session-user.ts): a bump ends the session. */
  generation?: number;
}

export const SESSION_COOKIE = 'smolensk_session';
const TTL_SECONDS = 8 * 60 * 60;

function sessionOptions(secure: boolean): SessionOptions {
  return {
    cookieName: SESSION_COOKIE,
    password: sessionSecret(),
    ttl: TTL_SECONDS,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
  };
}

export async function getSession(secure = false): Promise<IronSession<SessionData>> {
  return getIronSession<SessionData>(await cookies(), sessionOptions(secure));
}

/** For the proxy: the session in a cookie value, or null when it is missing, forged or expired. */
export async function readSessionCookie(value: string | undefined): Promise<SessionData | null> {
  if (!value) return null;
  try {
    const data = await unsealData<SessionData>(value, { password: sessionSecret(), ttl: TTL_SECONDS });
    return typeof data.userId === 'number' ? { userId: data.userId, generation: data.generation } : null;
  } catch {
    return null;
  }
}

/** HTTPS directly, or behind a proxy trusted by TRUST_PROXY that says so (lib/security/client-address.ts). */
export function isHttps(request: Request): boolean {
  return isHttpsRequest(request.url, request.headers, env.trustProxy);
}
