import { z } from 'zod';
import { jsonError, requireEditor } from '@/lib/auth/guards';
import { dropMerge, undoMerge } from '@/lib/curation/merges';
import { respondToCorrection } from '@/lib/curation/respond';
import { getDb } from '@/lib/queries/db';

const MergeId = z.string().regex(/^[1-9]\d{0,9}$/).transform(Number);
const Form = z.object({ action: z.enum(['undo', 'drop']), returnTo: z.string().regex(/^\/(events\/\d+|quality)$/).default('/quality') });
const ACTIONS = { undo: undoMerge, drop: dropMerge };

/** POST (form `action` = undo | drop, `returnTo`): an editor takes back a merge or unlink, or drops an orphaned one. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const editor = await requireEditor(request);
  if (editor instanceof Response) return editor;
  const id = MergeId.safeParse((await context.params).id);
  if (!id.success) return jsonError(404, 'not_found');
  const form = await request.formData().catch(() => null);
  const fields = Form.safeParse(form ? { action: form.get('action'), returnTo: form.get('returnTo') ?? undefined } : {});
  if (!fields.success) return jsonError(400, 'bad_form');
  const { action, returnTo } = fields.data;
  return respondToCorrection(request, returnTo, () => ACTIONS[action](getDb(), id.data, editor.username), 'merge');
}
