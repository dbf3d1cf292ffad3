/**
 * Sessions in an encrypted, HttpOnly cookie (iron-session): SameSite=Lax, Secure when the request
 * came over HTTPS, 8 hours. The cookie holds the user id only; role and existence are read from
 * the database on every check (guards.ts), so a deleted or demoted user loses access at once.
 */
import { getIronSession, unsealData, type IronSession, type SessionOptions } from 'iron-session';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { isHttpsRequest } from '@/lib/security/client-address';
import { sessionSecret } from './session-secret';

export interface SessionData {
  userId?: number;
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

/** For the proxy: the user id in a cookie value, or null when it is missing, forged or expired. */
export async function readSessionCookie(value: string | undefined): Promise<number | null> {
  if (!value) return null;
  try {
    const data = await unsealData<SessionData>(value, { password: sessionSecret(), ttl: TTL_SECONDS });
    return typeof data.userId === 'number' ? data.userId : null;
  } catch {
    return null;
  }
}

/** HTTPS directly, or behind a proxy trusted by TRUST_PROXY that says so (lib/security/client-address.ts). */
export function isHttps(request: Request): boolean {
  return isHttpsRequest(request.url, request.headers, env.trustProxy);
}
