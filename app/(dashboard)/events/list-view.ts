/**
 * The events list's own URL state next to the filters: `sort` (one of EVENT_SORTS) and `page`.
 * Invalid values fall back to the defaults (date ascending, first page).
 */
import { z } from 'zod';
import { toSearchParams, type Filters } from '@/lib/filters/filters';
import { parseEventSort, type EventSort } from '@/lib/queries/events';

export const PAGE_SIZE = 200;

export interface ListView {
  sort: EventSort;
  page: number;
}

const pageNumber = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export function parseListView(params: Record<string, string | string[] | undefined>): ListView {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return { sort: parseEventSort(first(params.sort)), page: pageNumber.parse(first(params.page) ?? 1) };
}

/** A link to the list with these filters, sort and page (defaults left out of the URL). */
export function eventsHref(filters: Filters, { sort, page }: Partial<ListView> = {}): string {
  const params = toSearchParams(filters);
  if (sort && sort !== 'date') params.set('sort', sort);
  if (page && page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/events?${query}` : '/events';
}
