import { isSameOrigin, jsonError } from '@/lib/auth/guards';
import { getSession, isHttps } from '@/lib/auth/session';

/** POST (the header's logout form): ends the session and returns to the overview. */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return jsonError(403, 'cross_site');
  const session = await getSession(isHttps(request));
  session.destroy();
  return new Response(null, { status: 303, headers: { Location: '/' } });
}
