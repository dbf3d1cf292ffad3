import { isSameOrigin, jsonError } from '@/lib/auth/guards';
import { getSession, isHttps } from '@/lib/auth/session';
import { endSessions, userOfSession } from '@/lib/auth/session-user';
import { getDb } from '@/lib/queries/db';

/**
 * POST (the header's logout form): ends the user's sessions on every device — a copy of the
 * cookie saved before is refused from now on — and returns to the overview.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return jsonError(403, 'cross_site');
  const session = await getSession(isHttps(request));
  const user = userOfSession(getDb(), session);
  if (user) endSessions(getDb(), user.id);
  session.destroy();
  return new Response(null, { status: 303, headers: { Location: '/' } });
}
