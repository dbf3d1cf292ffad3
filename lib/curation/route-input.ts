/**
 * The shared steps of every curation route (corrections, merges, place aliases, section mappings):
 * the editor guard (anonymous 401, viewer 403, foreign origin 403), a row id in the path (404 when
 * it is not one), the form (400 `bad_form` when there is none), the action, and the answer
 * (respond.ts: a redirect back to the page, or JSON).
 */
import { z } from 'zod';
import type { Db } from '@/db/client';
import type { User } from '@/db/schema';
import { jsonError, requireEditor } from '@/lib/auth/guards';
import { getDb } from '@/lib/queries/db';
import { respondToCorrection } from './respond';

const RowId = z.string().regex(/^[1-9]\d{0,9}$/).transform(Number);
/** Where a browser goes back to: an event page or /quality (never anywhere else). */
export const ReturnTo = z.string().regex(/^\/(events\/\d+|quality)$/).default('/quality');

type RouteContext = { params: Promise<{ id: string }> };
type IdAction = (db: Db, id: number, username: string) => unknown;

interface Posted {
  editor: User;
  form: FormData;
  /** A text field of the form, '' when it is missing or a file. */
  text: (name: string) => string;
}

/** What a route does with a valid post: the page a browser goes back to, and the change; or an error response. */
type Act<Input> = (input: Input) => { returnTo: string; run: () => unknown } | Response;

/** `param`: the query parameter the page reads the outcome from (respond.ts). */
interface Options {
  param?: string;
}

/** POST with a form, for editors. */
export function editorPost(act: Act<Posted>, { param }: Options = {}) {
  return async (request: Request): Promise<Response> => {
    const editor = await requireEditor(request);
    if (editor instanceof Response) return editor;
    return answer(request, await readForm(request, editor), act, param);
  };
}

/** POST to `/…/{id}` with a form, for editors: `id` is the row id of the path. */
export function editorIdPost(act: Act<Posted & { id: number }>, { param }: Options = {}) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    const editor = await requireEditor(request);
    if (editor instanceof Response) return editor;
    const id = RowId.safeParse((await context.params).id);
    if (!id.success) return jsonError(404, 'not_found');
    const posted = await readForm(request, editor);
    return answer(request, posted && { ...posted, id: id.data }, act, param);
  };
}

/** POST to `/…/{id}` with form `action` naming one of `actions` and `returnTo`, for editors. */
export function actionRoute<Action extends string>(actions: Record<Action, IdAction>, options: Options = {}) {
  const Form = z.object({ action: z.enum(Object.keys(actions) as [Action, ...Action[]]), returnTo: ReturnTo });
  return editorIdPost(({ editor, id, form }) => {
    const fields = Form.safeParse({ action: form.get('action'), returnTo: form.get('returnTo') ?? undefined });
    if (!fields.success) return jsonError(400, 'bad_form');
    const { action, returnTo } = fields.data;
    return { returnTo, run: () => actions[action](getDb(), id, editor.username) };
  }, options);
}

/** The POST handler of `/…/{id}` with form `action` = undo, for editors; a browser goes back to /quality. */
export function undoRoute(undo: IdAction) {
  return editorIdPost(({ editor, id, form }) => {
    if (form.get('action') !== 'undo') return jsonError(400, 'bad_form');
    return { returnTo: '/quality', run: () => undo(getDb(), id, editor.username) };
  });
}

async function readForm(request: Request, editor: User): Promise<Posted | null> {
  const form = await request.formData().catch(() => null);
  if (!form) return null;
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  return { editor, form, text };
}

function answer<Input>(request: Request, input: Input | null, act: Act<Input>, param: string | undefined): Response {
  if (!input) return jsonError(400, 'bad_form');
  const acted = act(input);
  return acted instanceof Response ? acted : respondToCorrection(request, acted.returnTo, acted.run, param);
}
