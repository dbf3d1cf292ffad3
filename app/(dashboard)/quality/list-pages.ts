/**
 * The quality page's two long lists (warnings, look-alike pairs) are read a page at a time: a
 * report with thousands of warnings or look-alike rows must not build one huge page. Each list
 * keeps its own page number in the URL beside the filters.
 */
import { z } from 'zod';
import type { ListPage } from '@/lib/queries/duplicates';

export const WARNINGS_PER_PAGE = 200;
export const PAIRS_PER_PAGE = 100;
export const PAGE_PARAMS = { warnings: 'warningsPage', pairs: 'pairsPage' } as const;

const pageNumber = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export interface ListPosition {
  page: number;
  pages: number;
  slice: ListPage;
}

/** The requested page of a list of `total` rows, clamped to the pages that exist. */
export function listPosition(requested: string | string[] | undefined, total: number, perPage: number): ListPosition {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(pageNumber.parse(Array.isArray(requested) ? requested[0] : (requested ?? 1)), pages);
  return { page, pages, slice: { offset: (page - 1) * perPage, limit: perPage } };
}

/** `href` (the page with its filters) with the lists' page numbers; page 1 is left out. */
export function withListPages(href: string, pages: Record<string, number>): string {
  const url = new URL(href, 'http://local');
  for (const [param, page] of Object.entries(pages)) {
    if (page > 1) url.searchParams.set(param, String(page));
    else url.searchParams.delete(param);
  }
  return `${url.pathname}${url.search}`;
}
