import { z } from 'zod';
import { jsonError, requireEditor } from '@/lib/auth/guards';
import { searchSettlements } from '@/lib/geo/settlement-search';

const Query = z.object({ q: z.string().trim().min(2).max(100), country: z.string().regex(/^[A-Z]{2}$/).nullable() });

/** GET ?q=…&country=XX: settlements to choose for an unresolved place (editors; lib/geo/settlement-search.ts). */
export async function GET(request: Request): Promise<Response> {
  const editor = await requireEditor(request);
  if (editor instanceof Response) return editor;
  const params = new URL(request.url).searchParams;
  const query = Query.safeParse({ q: params.get('q') ?? '', country: params.get('country') || null });
  if (!query.success) return jsonError(400, 'bad_query');
  return Response.json(searchSettlements(query.data.q, query.data.country));
}
