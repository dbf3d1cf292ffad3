import { notFound } from 'next/navigation';
import type { Db } from '@/db/client';
import type { Filters } from '@/lib/filters/filters';
import { loadPageFilters, type SearchParams } from '@/lib/filters/page';
import { getDb } from '@/lib/queries/db';

/** How a detail page finds its subject (a country, a sphere) from its URL segment, and which filter the subject sets. */
export interface SubjectKind<T> {
  /** A well-formed segment; anything else is not looked up. */
  pattern: RegExp;
  find: (db: Db, segment: string) => T | undefined;
  filter: 'country' | 'sphere';
  key: (subject: T) => string;
}

/** The subject the segment names, if any. */
export function findSubject<T>(kind: SubjectKind<T>, segment: string, db: Db = getDb()): T | undefined {
  return kind.pattern.test(segment) ? kind.find(db, segment) : undefined;
}

/**
 * A detail page's subject (or the 404 page), the filter bar's own filters, and the page's filters:
 * the page is about one subject, which replaces any of its kind chosen in the filter bar.
 */
export async function loadSubject<T>(kind: SubjectKind<T>, segment: string, searchParams: SearchParams) {
  const { filters: active } = await loadPageFilters(searchParams);
  const db = getDb();
  const subject = findSubject(kind, segment, db);
  if (!subject) notFound();
  const filters: Filters = { ...active, [kind.filter]: [kind.key(subject)] };
  return { db, subject, active, filters };
}
