import { requireEditor } from '@/lib/auth/guards';
import { addPlaceAlias, exportPlaceAliases } from '@/lib/curation/aliases';
import { editorPost } from '@/lib/curation/route-input';
import { getDb } from '@/lib/queries/db';

/** GET: the stored place aliases as the shareable data file (`npm run aliases -- import` reads it). */
export async function GET(request: Request): Promise<Response> {
  const editor = await requireEditor(request);
  if (editor instanceof Response) return editor;
  return new Response(`${JSON.stringify(exportPlaceAliases(getDb()), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': 'attachment; filename="place-aliases.json"' },
  });
}

/** POST (form `text`, `name`, `country`, `lat`, `lon`, `reason`): an editor resolves a place text. */
export const POST = editorPost(({ editor, text }) => ({
  returnTo: '/quality',
  run: () => addPlaceAlias(getDb(), { text: text('text'), name: text('name'), country: text('country'), lat: text('lat'), lon: text('lon'), reason: text('reason') }, editor.username),
}));
