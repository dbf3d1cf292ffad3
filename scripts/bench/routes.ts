/**
 * The pages the benchmark requests, each the page a reader gets (no redirect: `/` alone redirects
 * to the latest quarter that has its report, so the overview is asked for that quarter). A route
 * whose page does not exist (404) is reported as missing, so the list can name pages before they
 * are written. `:event` is replaced by the id of a stored event.
 */
export interface BenchRoute {
  name: string;
  path: string;
  /** Measured for the largest-contentful-paint in Chromium. */
  lcp?: boolean;
  /** The same page with a filter: left out of the first-load JavaScript table. */
  variant?: boolean;
}

/** The latest quarter of the benchmark's reports (generate.ts: 2016-Q1 … 2025-Q4), where `/` redirects. */
const LATEST_QUARTER = '2025-Q4';
const OVERVIEW = `/?from=${LATEST_QUARTER}&to=${LATEST_QUARTER}`;

export const ROUTES: BenchRoute[] = [
  { name: 'overview', path: OVERVIEW, lcp: true },
  { name: 'overview, country=BY', path: `${OVERVIEW}&country=BY`, variant: true },
  { name: 'map', path: '/map', lcp: true },
  { name: 'countries', path: '/countries' },
  { name: 'country BY', path: '/countries/BY' },
  { name: 'spheres', path: '/spheres' },
  { name: 'sphere economy', path: '/spheres/economy' },
  { name: 'sme', path: '/sme' },
  { name: 'compare', path: '/compare' },
  { name: 'events', path: '/events' },
  { name: 'events, country=BY', path: '/events?country=BY', variant: true },
  { name: 'event', path: '/events/:event' },
  { name: 'quality', path: '/quality' },
];
