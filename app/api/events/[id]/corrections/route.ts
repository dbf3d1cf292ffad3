import { correctEvent } from '@/lib/curation/correct';
import { editorIdPost } from '@/lib/curation/route-input';
import { getDb } from '@/lib/queries/db';

/** POST (form `field`, `value`, `reason`): an editor corrects one field of the event. */
export const POST = editorIdPost(({ editor, id, text }) => ({
  returnTo: `/events/${id}`,
  run: () => correctEvent(getDb(), { eventId: id, field: text('field'), value: text('value'), reason: text('reason'), username: editor.username }),
}));
