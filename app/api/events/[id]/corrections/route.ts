import { z } from 'zod';
import { jsonError, requireEditor } from '@/lib/auth/guards';
import { correctEvent } from '@/lib/curation/correct';
import { respondToCorrection } from '@/lib/curation/respond';
import { getDb } from '@/lib/queries/db';

const EventId = z.string().regex(/^[1-9]\d{0,9}$/).transform(Number);

/** POST (form `field`, `value`, `reason`): an editor corrects one field of the event. */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const editor = await requireEditor(request);
  if (editor instanceof Response) return editor;
  const id = EventId.safeParse((await context.params).id);
  if (!id.success) return jsonError(404, 'not_found');
  const form = await request.formData().catch(() => null);
  if (!form) return jsonError(400, 'bad_form');
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  return respondToCorrection(request, `/events/${id.data}`, () =>
    correctEvent(getDb(), { eventId: id.data, field: text('field'), value: text('value'), reason: text('reason'), username: editor.username }),
  );
}
