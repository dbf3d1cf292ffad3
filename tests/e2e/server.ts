/**
 * Starts the production server (`npm start`'s script) on a free port with a fresh temporary
 * database, so it ingests the embedded report exactly as on a fresh clone. global-setup starts the
 * shared one; specs that need other settings (READ_ACCESS=login, TRUST_PROXY) start their own.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForServer } from '@/tests/helpers/server-process';

export interface TestServer {
  baseUrl: string;
  databasePath: string;
  /** Everything the server wrote to stdout and stderr so far. */
  output: () => string;
  stop: () => Promise<void>;
}

/** `databasePath`: serve an existing database instead of a fresh one (the caller owns and removes it). */
export async function startServer(extraEnv: Record<string, string> = {}, options: { quiet?: boolean; databasePath?: string } = {}): Promise<TestServer> {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-e2e-'));
  const databasePath = options.databasePath ?? path.join(tempDir, 'e2e.sqlite');
  const port = await freePort();
  const server = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/start.ts'], {
    env: { ...process.env, PORT: String(port), DATABASE_PATH: databasePath, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: stop() ends the server and everything it started (Next.js, the import worker).
    detached: true,
  });
  let output = '';
  for (const stream of [server.stdout, server.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!options.quiet) (stream === server.stderr ? process.stderr : process.stdout).write(chunk);
    });
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
      await exited;
    }
    fs.rmSync(tempDir, { recursive: true, force: true });
  };
  try {
    // Any answer will do: under READ_ACCESS=login the first page is a redirect.
    await waitForServer(server, baseUrl, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, databasePath, output: () => output, stop };
}
