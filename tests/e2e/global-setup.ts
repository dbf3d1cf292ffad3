/**
 * Starts the shared production server of the browser suite (tests/e2e/server.ts) with the first
 * admin configured, so it ingests the embedded report exactly as on a fresh clone.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from './server';

/** The first admin of the test server (tests/e2e/auth.ts logs in with it). */
export const E2E_ADMIN_ENV = { ADMIN_USERNAME: 'e2e-admin', ADMIN_PASSWORD: 'e2e-admin-password' };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer(E2E_ADMIN_ENV);
  project.provide('baseUrl', server.baseUrl);
  project.provide('artifactsDir', path.resolve('artifacts'));
  project.provide('databasePath', server.databasePath);
  return server.stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    artifactsDir: string;
    databasePath: string;
  }
}
