/**
 * Who is on the other end of a request. Forwarding headers (X-Forwarded-For, X-Forwarded-Proto)
 * are written by whoever sends the request, so they count only when TRUST_PROXY says a reverse
 * proxy in front of the app sets them: a hop count ("1": one proxy) or the proxies' addresses
 * ("127.0.0.1,::1"). Without it the client is the peer that opened the connection, which
 * scripts/serve.mjs stamps on every request as x-dashboard-peer (overwriting any client value).
 */
import net from 'node:net';

export type TrustProxy = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; addresses: ReadonlySet<string> };

/** Set by scripts/serve.mjs; the header means nothing under a server that does not overwrite it. */
export const PEER_HEADER = 'x-dashboard-peer';
export const PEER_TLS_HEADER = 'x-dashboard-peer-tls';
export const PEER_HEADER_ENV = 'DASHBOARD_PEER_HEADER';

/** "" → none; "2" → two proxies; "10.0.0.1, ::1" → those proxies. Throws on anything else. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text === 'false') return { kind: 'none' };
  if (/^\d{1,2}$/.test(text)) return { kind: 'hops', hops: Number(text) };
  const addresses = text.split(',').map((part) => normaliseAddress(part.trim()));
  const bad = addresses.find((address) => net.isIP(address) === 0);
  if (bad !== undefined) throw new Error(`"${bad}" is neither a hop count nor an IP address`);
  return { kind: 'addresses', addresses: new Set(addresses) };
}

/** "::ffff:127.0.0.1" → "127.0.0.1"; "[::1]" → "::1". */
function normaliseAddress(address: string): string {
  return address.replace(/^\[(.*)\]$/, '$1').replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');
}

function peerOf(headers: Headers): string | undefined {
  if (process.env[PEER_HEADER_ENV] !== '1') return undefined;
  const peer = headers.get(PEER_HEADER);
  return peer ? normaliseAddress(peer) : undefined;
}

/** The client's address as far as the configured trust goes; undefined when the server cannot tell. */
export function clientAddress(headers: Headers, trust: TrustProxy): string | undefined {
  const peer = peerOf(headers);
  if (trust.kind === 'none' || peer === undefined) return peer;
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map((part) => normaliseAddress(part.trim())).filter(Boolean);
  const chain = [...forwarded, peer];
  if (trust.kind === 'hops') return chain[Math.max(0, chain.length - 1 - trust.hops)];
  for (let i = chain.length - 1; i >= 0; i--) if (!trust.addresses.has(chain[i] ?? '')) return chain[i];
  return chain[0];
}

/** Whether the request reached the app from a configured proxy, whose forwarding headers count. */
function fromTrustedProxy(headers: Headers, trust: TrustProxy): boolean {
  const peer = peerOf(headers);
  if (trust.kind === 'hops') return trust.hops > 0;
  return trust.kind === 'addresses' && peer !== undefined && trust.addresses.has(peer);
}

/**
 * HTTPS directly, or a trusted proxy's X-Forwarded-Proto says the client used HTTPS (its nearest
 * value counts). Under scripts/serve.mjs "directly" is what the connection was: Next.js builds
 * the request URL from X-Forwarded-Proto, whoever sent it.
 */
export function isHttpsRequest(url: string, headers: Headers, trust: TrustProxy): boolean {
  const direct = process.env[PEER_HEADER_ENV] === '1' ? headers.get(PEER_TLS_HEADER) === '1' : new URL(url).protocol === 'https:';
  if (direct) return true;
  if (!fromTrustedProxy(headers, trust)) return false;
  const proto = (headers.get('x-forwarded-proto') ?? '').split(',').pop()?.trim().toLowerCase();
  return proto === 'https';
}
