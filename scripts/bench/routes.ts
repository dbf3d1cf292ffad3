/**
 * The pages the benchmark requests. A route whose page does not exist (404) is reported as
 * missing, so the list can name pages before they are written. `:event` is replaced by the id of
 * a stored event.
 */
export interface BenchRoute {
  name: string;
  path: string;
  /** Measured for the largest-contentful-paint in Chromium. */
  lcp?: boolean;
}

export const ROUTES: BenchRoute[] = [
  { name: 'overview', path: '/', lcp: true },
  { name: 'overview, country=BY', path: '/?country=BY' },
  { name: 'map', path: '/map', lcp: true },
  { name: 'countries', path: '/countries' },
  { name: 'country BY', path: '/countries/BY' },
  { name: 'spheres', path: '/spheres' },
  { name: 'sphere economy', path: '/spheres/economy' },
  { name: 'sme', path: '/sme' },
  { name: 'compare', path: '/compare' },
  { name: 'events', path: '/events' },
  { name: 'events, country=BY', path: '/events?country=BY' },
  { name: 'event', path: '/events/:event' },
  { name: 'quality', path: '/quality' },
];
