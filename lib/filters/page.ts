import 'server-only';
import { connection } from 'next/server';
import { parseFilters, type ParsedFilters } from './filters';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** For a page: marks it dynamic (it reads the database) and parses its filters from the URL. */
export async function loadPageFilters(searchParams: SearchParams): Promise<ParsedFilters> {
  await connection();
  return parseFilters(await searchParams);
}
