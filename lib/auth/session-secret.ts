/**
 * The key that encrypts session cookies: SESSION_SECRET, or else a random key generated once into
 * a file beside the database (mode 0600), so sessions survive a restart and no default key exists.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { env } from '@/lib/env';

const globalForSecret = globalThis as unknown as { sessionSecret?: string };

export function sessionSecret(): string {
  globalForSecret.sessionSecret ??= env.sessionSecret ?? readOrCreateKeyFile(`${env.databasePath}-session-key`);
  return globalForSecret.sessionSecret;
}

function readOrCreateKeyFile(file: string): string {
  try {
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = fs.readFileSync(file, 'utf8').trim();
  if (key.length < 32) throw new Error(`Session key file ${file} is too short: delete it or set SESSION_SECRET`);
  return key;
}
