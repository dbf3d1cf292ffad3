/**
 * One GET over a fresh local connection, as a browser asks for a page (gzip accepted): time to
 * the first byte of the response and to its last byte, and the body (decompressed).
 */
import http from 'node:http';
import zlib from 'node:zlib';

export interface HttpSample {
  status: number;
  ttfbMs: number;
  totalMs: number;
  /** Bytes on the wire (compressed when the server compressed). */
  wireBytes: number;
  body: Buffer;
}

export function timedGet(url: string, timeoutMs: number): Promise<HttpSample> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { headers: { 'accept-encoding': 'gzip' }, agent: false, timeout: timeoutMs }, (response) => {
      let ttfbMs = -1;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => {
        if (ttfbMs < 0) ttfbMs = performance.now() - started;
        chunks.push(chunk);
      });
      response.on('end', () => {
        const totalMs = performance.now() - started;
        const wire = Buffer.concat(chunks);
        const body = response.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(wire) : wire;
        resolve({ status: response.statusCode ?? 0, ttfbMs: ttfbMs < 0 ? totalMs : ttfbMs, totalMs, wireBytes: wire.length, body });
      });
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`${url}: no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
  });
}
