import { z } from 'zod';
import { isSameOrigin, jsonError } from '@/lib/auth/guards';
import { loginLimiters, type RateLimiter } from '@/lib/auth/rate-limit';
import { getSession, isHttps } from '@/lib/auth/session';
import { authenticate } from '@/lib/auth/users';
import { env } from '@/lib/env';
import { clientAddress } from '@/lib/security/client-address';
import { getDb } from '@/lib/queries/db';

const Credentials = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(1024) });

/** POST form { username, password } → 200 and a session cookie; 401 wrong; 429 too many failures. */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return jsonError(403, 'cross_site');
  const form = await request.formData().catch(() => null);
  const credentials = Credentials.safeParse({ username: form?.get('username'), password: form?.get('password') });
  if (!credentials.success) return jsonError(400, 'missing_credentials');
  const { username, password } = credentials.data;
  const checks = limiterChecks(request, username);
  const wait = Math.max(...checks.map(([limiter, key]) => limiter.retryAfter(key)));
  if (wait > 0) return Response.json({ error: 'rate_limited' }, { status: 429, headers: { 'Retry-After': String(Math.ceil(wait / 1000)) } });
  const user = await authenticate(getDb(), username, password);
  if (!user) {
    checks.forEach(([limiter, key]) => limiter.fail(key));
    return jsonError(401, 'invalid_credentials');
  }
  checks.forEach(([limiter, key]) => limiter.reset(key));
  const session = await getSession(isHttps(request));
  session.userId = user.id;
  session.generation = user.sessionGeneration;
  await session.save();
  return Response.json({ username: user.username, role: user.role });
}

/**
 * Failures count per user name and, when the server knows it, per client address: the peer, or
 * what a proxy trusted by TRUST_PROXY forwarded — never a header the client chose.
 */
function limiterChecks(request: Request, username: string): [RateLimiter, string][] {
  const { byUser, byAddress } = loginLimiters();
  const address = clientAddress(request.headers, env.trustProxy);
  return [[byUser, userKey(username)], ...(address ? [[byAddress, address] as [RateLimiter, string]] : [])];
}

function userKey(username: string): string {
  return username.toLowerCase();
}
