'use client';

import { useEffect, useState } from 'react';
import type { PlaceEvent } from '@/lib/queries/places';
import { loadPlaceEvents } from './place-events-action';

export type PlaceEventsState = { status: 'loading' } | { status: 'failed' } | { status: 'loaded'; events: PlaceEvent[] };

interface Answer {
  /** The request it answers, so a change of place or filters shows "loading" again, not the old list. */
  key: string;
  events?: PlaceEvent[];
}

/** A place's popup events: `inline` when the page already has them, otherwise loaded from the server. */
export function usePlaceEvents(placeId: number, filtersQuery: string, inline: PlaceEvent[] | undefined): PlaceEventsState {
  const key = `${placeId}?${filtersQuery}`;
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (inline) return;
    let current = true;
    loadPlaceEvents(placeId, filtersQuery).then(
      (events) => current && setAnswer({ key, events: events ?? undefined }),
      () => current && setAnswer({ key }),
    );
    return () => {
      current = false;
    };
  }, [inline, key, placeId, filtersQuery]);
  if (inline) return { status: 'loaded', events: inline };
  if (answer?.key !== key) return { status: 'loading' };
  return answer.events ? { status: 'loaded', events: answer.events } : { status: 'failed' };
}
