/**
 * First-load JavaScript per route: the scripts the route's HTML references (<script src>), each
 * gzipped as the server sends it, summed; and whether Leaflet is among them (it must load only
 * on pages that show a map, and lazily).
 */
import zlib from 'node:zlib';
import { timedGet } from './http-timing';

export interface JsSize {
  route: string;
  scripts: number;
  gzipKb: number;
  leafletInFirstLoad: boolean;
}

const SCRIPT_SRC = /<script[^>]+src="([^"]+)"/g;
/** Set by Leaflet's own stamp(): found in the library, not in app code that only names its CSS classes. */
const LEAFLET_SIGNATURE = /_leaflet_id/;

export async function measureJsSizes(baseUrl: string, pages: { route: string; url: string }[]): Promise<JsSize[]> {
  const chunks = new Map<string, { gzipBytes: number; leaflet: boolean }>();
  const results: JsSize[] = [];
  for (const { route, url } of pages) {
    const html = (await timedGet(url, 120_000)).body.toString('utf8');
    const sources = [...new Set([...html.matchAll(SCRIPT_SRC)].map((match) => (match[1] ?? '').replace(/&amp;/g, '&')))];
    let gzipBytes = 0;
    let leaflet = false;
    for (const src of sources) {
      const chunk = chunks.get(src) ?? (await loadChunk(new URL(src, baseUrl).toString()));
      chunks.set(src, chunk);
      gzipBytes += chunk.gzipBytes;
      leaflet ||= chunk.leaflet;
    }
    results.push({ route, scripts: sources.length, gzipKb: gzipBytes / 1024, leafletInFirstLoad: leaflet });
  }
  return results;
}

async function loadChunk(url: string): Promise<{ gzipBytes: number; leaflet: boolean }> {
  const body = (await timedGet(url, 60_000)).body;
  return { gzipBytes: zlib.gzipSync(body).length, leaflet: LEAFLET_SIGNATURE.test(body.toString('utf8')) };
}
