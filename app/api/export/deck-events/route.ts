/**
 * The events slides of a deck: GET /api/export/deck-events?<filters> → the SlideTable JSON
 * (lib/export/context.ts: the main events, as in the справка). Asked for when a deck with those
 * slides is built, not with every page: finding the main events sorts the period's matching rows,
 * which grows with the data. Invalid filters are a 400 with a readable message.
 */
import { loadEventsSlideTable } from '@/lib/export/context';
import { parseFilters } from '@/lib/filters/filters';
import { exportText } from '@/lib/i18n/ru';
import { getDb } from '@/lib/queries/db';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const { filters, ignored } = parseFilters(new URL(request.url).searchParams);
  if (ignored.length > 0) return Response.json({ error: 'invalid_filters', message: exportText.errors.badFilters(ignored.join(', ')) }, { status: 400 });
  return Response.json(loadEventsSlideTable(getDb(), filters), { headers: { 'Cache-Control': 'no-store' } });
}
