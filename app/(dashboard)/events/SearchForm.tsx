'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useTransition, type FormEvent } from 'react';
import { eventsText as t } from '@/lib/i18n/ru';

/** Free-text search: Enter or the button sets `q`, keeps the other parameters and starts from page 1. */
export function SearchForm() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  const current = params.get('q') ?? '';

  const search = (text: string) => {
    const next = new URLSearchParams(params.toString());
    if (text.trim()) next.set('q', text.trim());
    else next.delete('q');
    next.delete('page');
    const query = next.toString();
    startTransition(() => router.push(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    search(String(new FormData(event.currentTarget).get('q') ?? ''));
  };

  return (
    <form role="search" className="search" onSubmit={onSubmit} aria-busy={pending}>
      <label htmlFor="events-q" className="search-label">
        {t.searchLabel}
      </label>
      <input key={current} id="events-q" name="q" type="search" defaultValue={current} placeholder={t.searchPlaceholder} maxLength={200} />
      <button type="submit" className="button">
        {t.searchSubmit}
      </button>
    </form>
  );
}
