'use server';

import { z } from 'zod';
import { mayReadData } from '@/lib/auth/guards';
import { parseFilters } from '@/lib/filters/filters';
import { getDb } from '@/lib/queries/db';
import { getPlaceEvents, type PlaceEvent } from '@/lib/queries/places';
import { logRefusal } from '@/lib/security/quiet-log';

/** Anything a browser can post: the place must be a positive id, the filters a query string (invalid values are dropped by parseFilters). */
const input = z.tuple([z.number().int().positive().max(2_147_483_647), z.string().max(4_000)]);

/**
 * The events a place's map popup lists, loaded when it opens rather than embedded in the page for
 * every place (500 places × 15 events made the map pages ~1.8 MB at 100 000 events). Access
 * follows the page's: proxy.ts checks READ_ACCESS for the page URL the action is posted to, and
 * the action checks it again (an action id can be posted to any path, /login included).
 * Invalid arguments give null (the popup says loading failed) and one log line, not a 500 with a
 * stack trace: proxy.ts already refused bodies that are no argument list (lib/security/action-requests.ts).
 */
export async function loadPlaceEvents(placeId: number, filtersQuery: string): Promise<PlaceEvent[] | null> {
  // The types are the caller's promise only: a posted body can hold anything.
  const valid = input.safeParse([placeId, filtersQuery]);
  if (!valid.success) {
    logRefusal('server action', `loadPlaceEvents: invalid arguments (${valid.error.issues[0]?.message ?? 'unknown'})`);
    return null;
  }
  if (!(await mayReadData())) return null;
  const { filters } = parseFilters(new URLSearchParams(valid.data[1]));
  return getPlaceEvents(getDb(), filters, valid.data[0]);
}
