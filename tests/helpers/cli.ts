import { type SpawnSyncReturns, spawnSync } from 'node:child_process';

/** Runs one of the command-line scripts (scripts/NAME.ts) against a database file, as `npm run` would. */
export function runScript(script: string, databasePath: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { env: { ...process.env, DATABASE_PATH: databasePath }, encoding: 'utf8' });
}
