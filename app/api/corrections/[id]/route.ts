import { z } from 'zod';
import { jsonError, requireEditor } from '@/lib/auth/guards';
import { confirmCorrection, dropCorrection, undoCorrection } from '@/lib/curation/correct';
import { respondToCorrection } from '@/lib/curation/respond';
import { getDb } from '@/lib/queries/db';

const CorrectionId = z.string().regex(/^[1-9]\d{0,9}$/).transform(Number);
const Form = z.object({ action: z.enum(['undo', 'confirm', 'drop']), returnTo: z.string().regex(/^\/(events\/\d+|quality)$/).default('/quality') });
const ACTIONS = { undo: undoCorrection, confirm: confirmCorrection, drop: dropCorrection };

/** POST (form `action` = undo | confirm | drop, `returnTo`): an editor undoes, confirms or drops a correction. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const editor = await requireEditor(request);
  if (editor instanceof Response) return editor;
  const id = CorrectionId.safeParse((await context.params).id);
  if (!id.success) return jsonError(404, 'not_found');
  const form = await request.formData().catch(() => null);
  const fields = Form.safeParse(form ? { action: form.get('action'), returnTo: form.get('returnTo') ?? undefined } : {});
  if (!fields.success) return jsonError(400, 'bad_form');
  const { action, returnTo } = fields.data;
  return respondToCorrection(request, returnTo, () => ACTIONS[action](getDb(), id.data, editor.username));
}
