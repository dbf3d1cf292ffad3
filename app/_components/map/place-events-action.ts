'use server';

import { z } from 'zod';
import { mayReadData } from '@/lib/auth/guards';
import { parseFilters } from '@/lib/filters/filters';
import { getDb } from '@/lib/queries/db';
import { getPlaceEvents, type PlaceEvent } from '@/lib/queries/places';

/** Anything a browser can post: the place must be a positive id, the filters a query string (invalid values are dropped by parseFilters). */
const input = z.object({
  placeId: z.number().int().positive().max(2_147_483_647),
  filtersQuery: z.string().max(4_000),
});

/**
 * The events a place's map popup lists, loaded when it opens rather than embedded in the page for
 * every place (500 places × 15 events made the map pages ~1.8 MB at 100 000 events). Access
 * follows the page's: proxy.ts checks READ_ACCESS for the page URL the action is posted to, and
 * the action checks it again (an action id can be posted to any path, /login included).
 */
export async function loadPlaceEvents(placeId: number, filtersQuery: string): Promise<PlaceEvent[]> {
  if (!(await mayReadData())) return [];
  const valid = input.parse({ placeId, filtersQuery });
  const { filters } = parseFilters(new URLSearchParams(valid.filtersQuery));
  return getPlaceEvents(getDb(), filters, valid.placeId);
}
