/**
 * Server-action requests are checked in proxy.ts before Next.js decodes them: an unknown action
 * id or a body that is not the JSON argument list React sends made Next.js answer 500 and log a
 * stack trace per request. The app's actions take plain arguments (numbers, strings), which React
 * sends as text/plain JSON; each action validates their shapes itself (zod).
 */
import fs from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { logRefusal } from './quiet-log';

/** Far above what the app's actions take (a place id and a filter query of at most 4 000 characters). */
const MAX_BODY_CHARS = 16 * 1024;
const globalForActions = globalThis as unknown as { serverActionIds?: ReadonlySet<string> | null };

/** The ids of the build's server actions, or null when the manifest cannot be read (then only the body is checked). */
function knownActionIds(): ReadonlySet<string> | null {
  if (globalForActions.serverActionIds !== undefined) return globalForActions.serverActionIds;
  try {
    const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json');
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { node?: Record<string, unknown> };
    globalForActions.serverActionIds = new Set(Object.keys(manifest.node ?? {}));
  } catch {
    globalForActions.serverActionIds = null;
  }
  return globalForActions.serverActionIds;
}

/** null when the request is no server action or a well-formed one; otherwise the refusal to send. */
export async function refuseBadAction(request: NextRequest): Promise<NextResponse | null> {
  const id = request.headers.get('next-action');
  if (id === null) return null;
  const refuse = (status: number, problem: string) => {
    logRefusal('server action', `${problem} (${request.method} ${request.nextUrl.pathname})`);
    return NextResponse.json({ error: 'bad_action_request' }, { status });
  };
  if (request.method !== 'POST') return refuse(405, 'not a POST');
  const known = knownActionIds();
  if (known && !known.has(id)) return refuse(404, 'unknown action id');
  if (!(request.headers.get('content-type') ?? '').startsWith('text/plain')) return refuse(400, 'arguments not sent as text/plain');
  const body = await request.clone().text();
  if (body.length > MAX_BODY_CHARS || !isJsonArray(body)) return refuse(400, 'arguments are not a JSON list');
  return null;
}

function isJsonArray(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}
