import { toSearchParams, type Filters } from '@/lib/filters/filters';

/** An event's page keeping the list's filters: its back link and filter bar return to the same selection. */
export function eventHref(id: number, filters: Filters): string {
  const query = toSearchParams(filters).toString();
  return query ? `/events/${id}?${query}` : `/events/${id}`;
}
