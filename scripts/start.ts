/**
 * npm start: everything a fresh clone needs, then the production server.
 *   1. build the app when no build exists;
 *   2. open the database (created and migrated on open);
 *   3. when it holds no report, ingest every report in REPORTS_DIR;
 *   4. serve on PORT (scripts/serve.mjs: Next.js with the peer address stamped on each request).
 */
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openDb } from '@/db/client';
import { checkpointWal } from '@/db/maintenance';
import { reports } from '@/db/schema';
import { env } from '@/lib/env';
import { rekeyPlaceAliases } from '@/lib/curation/aliases';
import { importReportFile } from '@/lib/import/import-report';
import { ensureFirstAdmin } from '@/lib/auth/users';

const NEXT_BIN = path.join('node_modules', 'next', 'dist', 'bin', 'next');

function buildIfMissing(): void {
  if (fs.existsSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) return;
  console.log('No build found: running next build…');
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function seedIfEmpty(): Promise<void> {
  const db = openDb(env.databasePath, { check: true });
  if (db.select({ id: reports.id }).from(reports).limit(1).all().length === 0) {
    const files = listReports(env.reportsDir);
    console.log(`Empty database ${env.databasePath}: ingesting ${files.length} report(s) from ${env.reportsDir}`);
    for (const file of files) {
      const result = await importReportFile(db, file);
      console.log(`  ${result.file}: ${result.periodKey}, ${result.eventCount} events`);
    }
  }
  // Place aliases stored before a case form stopped counting get their folded keys (once; lib/curation/aliases.ts).
  rekeyPlaceAliases(db);
  const admin = await ensureFirstAdmin(db, env.firstAdmin);
  if (admin) console.log(`Created the first admin "${admin.username}" from ADMIN_USERNAME and ADMIN_PASSWORD`);
  checkpointWal(db.$client);
  db.$client.close();
}

function listReports(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /\.(txt|docx)$/i.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

async function main(): Promise<void> {
  buildIfMissing();
  await seedIfEmpty();
  const server = spawn(process.execPath, [path.join('scripts', 'serve.mjs')], { stdio: 'inherit', env: { ...process.env, PORT: String(env.port) } });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});
