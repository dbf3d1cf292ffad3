import { editorPost } from '@/lib/curation/route-input';
import { mapSection } from '@/lib/curation/sphere-mappings';
import { getDb } from '@/lib/queries/db';

/**
 * POST (form `header`, `reason`, and `sphere` = an existing slug, or `sphere` = "new" with `name`
 * and `shortLabel`): an editor maps an unknown section header.
 */
export const POST = editorPost(({ editor, text }) => ({
  returnTo: '/quality',
  run: () => {
    const target = text('sphere') === 'new' ? { name: text('name'), shortLabel: text('shortLabel') } : { sphere: text('sphere') };
    return mapSection(getDb(), { header: text('header'), reason: text('reason'), ...target }, editor.username);
  },
}));
