/**
 * The production server of `npm start`: Next.js behind a plain Node HTTP server (Next's documented
 * custom server) that stamps each request with the address of the peer that opened the
 * connection, as x-dashboard-peer (and whether it used TLS, x-dashboard-peer-tls), overwriting
 * whatever the client sent. `next start` keeps a
 * client's own X-Forwarded-For and loses the peer, so the login rate limit could be dodged or
 * aimed at a victim; lib/security/client-address.ts combines the peer with TRUST_PROXY.
 * Plain JavaScript, so the app runs in plain Node (no TypeScript loader).
 */
import http from 'node:http';

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
  void handle(request, response);
});
server.listen(port, hostname, () => console.log(`Ready on http://${hostname ?? 'localhost'}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
