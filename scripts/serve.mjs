/**
 * The production server of `npm start`: Next.js behind a plain Node HTTP server (Next's documented
 * custom server) that stamps each request with the address of the peer that opened the
 * connection, as x-dashboard-peer (and whether it used TLS, x-dashboard-peer-tls), overwriting
 * whatever the client sent. `next start` keeps a
 * client's own X-Forwarded-For and loses the peer, so the login rate limit could be dodged or
 * aimed at a victim; lib/security/client-address.ts combines the peer with TRUST_PROXY.
 * Plain JavaScript, so the app runs in plain Node (no TypeScript loader).
 *
 * It also answers repeated views of dashboard pages from the rendered-page cache
 * (lib/page-cache/page-cache.ts, whose hooks instrumentation.ts installs when Next.js starts):
 * the hooks decide whether a request may be cached and under which key; here the answer Next.js
 * sends is copied on its way out and, on a later request with the same key, sent again (with a
 * fresh nonce) without running Next.js.
 */
import http from 'node:http';
import zlib from 'node:zlib';

process.env.NODE_ENV ??= 'production';
process.env.DASHBOARD_PEER_HEADER = '1';
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || undefined;

const { default: next } = await import('next');
const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  request.headers['x-dashboard-peer'] = request.socket.remoteAddress ?? '';
  request.headers['x-dashboard-peer-tls'] = 'encrypted' in request.socket && request.socket.encrypted ? '1' : '0';
  void serve(request, response);
});

const PAGE_CACHE = Symbol.for('smolensk-dashboard.page-cache');

async function serve(request, response) {
  const cache = globalThis[PAGE_CACHE];
  let key = null;
  try {
    key = cache ? await cache.keyOf(request) : null;
  } catch (error) {
    console.error(`page cache: ${error?.message ?? error}`);
  }
  if (key === null) return handle(request, response);
  const cached = cache.answer(key);
  if (cached) return sendCached(request, response, cached);
  copyAnswer(response, (status, headers, body) => cache.keep(key, status, headers, body));
  return handle(request, response);
}

/** Calls `done` with what was sent (body decompressed) once the response ends. */
function copyAnswer(response, done) {
  const chunks = [];
  const written = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'));
  };
  const { write, end, writeHead } = response;
  let headArguments = {};
  response.writeHead = function (status, ...rest) {
    const headers = rest.find((arg) => arg !== null && typeof arg === 'object');
    if (headers) headArguments = Array.isArray(headers) ? {} : Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
    return writeHead.call(this, status, ...rest);
  };
  response.write = function (chunk, encoding, ...rest) {
    written(chunk, encoding);
    return write.call(this, chunk, encoding, ...rest);
  };
  response.end = function (chunk, encoding, ...rest) {
    written(chunk, encoding);
    const result = end.call(this, chunk, encoding, ...rest);
    try {
      const headers = { ...headArguments, ...response.getHeaders() };
      done(response.statusCode, headers, decode(Buffer.concat(chunks), headers['content-encoding']).toString('utf8'));
    } catch {
      // not kept: the next request renders again
    }
    return result;
  };
}

function decode(body, encoding) {
  if (!encoding || encoding === 'identity') return body;
  if (encoding === 'gzip') return zlib.gunzipSync(body);
  if (encoding === 'br') return zlib.brotliDecompressSync(body);
  if (encoding === 'deflate') return zlib.inflateSync(body);
  throw new Error(`unknown content-encoding ${encoding}`);
}

/** The kept page, compressed as Next.js compresses (gzip when accepted). */
function sendCached(request, response, cached) {
  for (const [name, value] of cached.headers) response.setHeader(name, value);
  const body = cached.body;
  const send = (bytes) => {
    response.setHeader('content-length', bytes.length);
    response.writeHead(cached.status);
    response.end(bytes);
  };
  if (!/\bgzip\b/i.test(String(request.headers['accept-encoding'] ?? ''))) return send(body);
  zlib.gzip(body, (error, compressed) => {
    if (error) return send(body);
    response.setHeader('content-encoding', 'gzip');
    send(compressed);
  });
}
server.listen(port, hostname, () => console.log(`Ready on http://${hostname ?? 'localhost'}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
