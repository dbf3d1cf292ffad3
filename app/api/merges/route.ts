import { z } from 'zod';
import { jsonError } from '@/lib/auth/guards';
import { mergeEvents, resolveRowRef, unlinkEvents } from '@/lib/curation/merges';
import { editorPost, ReturnTo } from '@/lib/curation/route-input';
import { getDb } from '@/lib/queries/db';

const Form = z.object({
  action: z.enum(['merge', 'unlink']),
  /** Rows as event ids or PERIOD:ROW: each `row` field, and a free-text `rows` list (commas or spaces). */
  rows: z.array(z.string().max(40)).max(40),
  winner: z.string().max(40).default(''),
  reason: z.string().default(''),
  returnTo: ReturnTo,
});

/**
 * POST (form `action` = merge | unlink, `row`… / `rows`, `winner`, `reason`, `returnTo`): an editor
 * marks rows as one event with the row that counts, or two automatically linked rows as two events.
 */
export const POST = editorPost(
  ({ editor, form }) => {
    const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : undefined);
    const typed = (text(form.get('rows')) ?? '').split(/[\s,;]+/).filter(Boolean);
    const rows = [...form.getAll('row').flatMap((value) => (typeof value === 'string' && value ? [value] : [])), ...typed];
    const fields = Form.safeParse({ action: text(form.get('action')), rows, winner: text(form.get('winner')), reason: text(form.get('reason')), returnTo: text(form.get('returnTo')) });
    if (!fields.success) return jsonError(400, 'bad_form');
    const { action, winner, reason, returnTo } = fields.data;
    return {
      returnTo,
      run: () => {
        const db = getDb();
        const eventIds = fields.data.rows.map((ref) => resolveRowRef(db, ref));
        if (action === 'unlink') return unlinkEvents(db, { eventIds, reason, username: editor.username });
        return mergeEvents(db, { eventIds, winnerId: resolveRowRef(db, winner), reason, username: editor.username });
      },
    };
  },
  { param: 'merge' },
);
