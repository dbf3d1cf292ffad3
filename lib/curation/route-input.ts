/**
 * The shared steps of the place-alias and section-mapping routes: the editor guard (anonymous 401,
 * viewer 403, foreign origin 403), the form, a row id in the path, the answer (respond.ts).
 */
import { z } from 'zod';
import type { Db } from '@/db/client';
import type { User } from '@/db/schema';
import { jsonError, requireEditor } from '@/lib/auth/guards';
import { getDb } from '@/lib/queries/db';
import { respondToCorrection } from './respond';

const RowId = z.string().regex(/^[1-9]\d{0,9}$/).transform(Number);

type RouteContext = { params: Promise<{ id: string }> };

/** POST with a form, for editors: `run` gets the editor and the form's text fields; /quality is where a browser goes back to. */
export async function editorFormPost(request: Request, run: (editor: User, text: (name: string) => string) => unknown): Promise<Response> {
  const editor = await requireEditor(request);
  if (editor instanceof Response) return editor;
  const form = await request.formData().catch(() => null);
  if (!form) return jsonError(400, 'bad_form');
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  return respondToCorrection(request, '/quality', () => run(editor, text));
}

/** The POST handler of `/…/{id}` with form `action` = undo, for editors. */
export function undoRoute(undo: (db: Db, id: number, username: string) => unknown) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    const editor = await requireEditor(request);
    if (editor instanceof Response) return editor;
    const id = RowId.safeParse((await context.params).id);
    if (!id.success) return jsonError(404, 'not_found');
    const form = await request.formData().catch(() => null);
    if (form?.get('action') !== 'undo') return jsonError(400, 'bad_form');
    return respondToCorrection(request, '/quality', () => undo(getDb(), id.data, editor.username));
  };
}
