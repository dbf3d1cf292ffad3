/**
 * The Content-Security-Policy of every page. Scripts: only Next.js's own, carrying the per-request
 * nonce ('strict-dynamic' lets them load the app's chunks, e.g. the lazily loaded map). Styles
 * allow 'unsafe-inline' because recharts and Leaflet position elements with style attributes,
 * which a nonce cannot cover; images allow data: and blob: (Leaflet, chart PNG export) and the
 * optional tile server.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; tileUrl?: string }): string {
  const tiles = options.tileUrl ? ` ${tileSource(options.tileUrl)}` : '';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles}`,
    "font-src 'self' data:",
    // Tiles are fetched again by the PNG export (html-to-image), so the tile server is a connect source too.
    `connect-src 'self'${tiles}${options.dev ? ' ws:' : ''}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** "https://{s}.tile.example.org/{z}/{x}/{y}.png" → "https://*.tile.example.org". */
export function tileSource(tileUrl: string): string {
  const match = /^(https?:\/\/[^/]+)/.exec(tileUrl);
  return match?.[1]?.replace(/\{[^}]*\}/g, '*') ?? '';
}

export function createNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString('base64');
}

/** API answers (downloads, JSON): nothing may load or run, nothing may frame them. Also in next.config.mjs. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** One year, subdomains included; sent only over HTTPS (proxy.ts). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';
