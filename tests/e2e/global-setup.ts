/**
 * Starts the production server (`npm start`'s script) on a free port with a fresh temporary
 * database, so it ingests the embedded report exactly as on a fresh clone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/** The first admin of the test server (tests/e2e/auth.ts logs in with it). */
export const E2E_ADMIN_ENV = { ADMIN_USERNAME: 'e2e-admin', ADMIN_PASSWORD: 'e2e-admin-password' };

let server: ChildProcess | undefined;
let tempDir: string | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-e2e-'));
  const port = await freePort();
  server = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/start.ts'], {
    env: { ...process.env, PORT: String(port), DATABASE_PATH: path.join(tempDir, 'e2e.sqlite'), NEXT_TELEMETRY_DISABLED: '1', ...E2E_ADMIN_ENV },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(baseUrl, 120_000);
  project.provide('baseUrl', baseUrl);
  project.provide('artifactsDir', path.resolve('artifacts'));
  project.provide('databasePath', path.join(tempDir, 'e2e.sqlite'));
  return async () => {
    server?.kill('SIGTERM');
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) throw new Error(`server exited with ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs} ms`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    artifactsDir: string;
    databasePath: string;
  }
}
