/**
 * npm run ingest -- <file>...   Imports reports (.txt or .docx) into DATABASE_PATH.
 * Each file is one transaction; the exit code is non-zero when any file failed.
 */
import os from 'node:os';
import { openDb } from '@/db/client';
import { checkpointWal } from '@/db/maintenance';
import { storageFailure } from '@/db/storage-errors';
import { importReportFile } from '@/lib/import/import-report';
import { IMPORT_NICENESS } from '@/lib/import/run-job';
import { env } from '@/lib/env';
import type { RowAccount } from '@/lib/ingest/types';

/** "86 rows read → 70 events, 0 skipped (1 header, 14 sections, 1 summary)". */
function describeAccount(account: RowAccount): string {
  const parts = [`${account.headers} header`, `${account.sections} sections`, `${account.summaryRows} summary`];
  if (account.columnNumbers > 0) parts.push(`${account.columnNumbers} column numbers`);
  return `${account.rowsRead} rows read → ${account.events} events, ${account.skipped.length} skipped (${parts.join(', ')})`;
}

const OUTCOME_TEXT = { created: 'stored', replaced: 'replaced the stored report for', unchanged: 'unchanged (already stored):' } as const;

/**
 * An import is a batch job beside a dashboard that people are reading: on a machine with few cores
 * it would take CPU from the server's answers. Below-normal priority (nice 10) lets the readers go
 * first; the import takes the CPU they leave.
 */
function yieldToReaders(): void {
  try {
    os.setPriority(IMPORT_NICENESS);
  } catch {
    // not allowed here (a container without the capability): run at normal priority
  }
}

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error('usage: npm run ingest -- <report.txt|report.docx>...');
    return 2;
  }
  yieldToReaders();
  const db = openDb(env.databasePath);
  let failed = 0;
  for (const file of files) {
    try {
      const result = await importReportFile(db, file);
      console.log(`${result.file}: ${OUTCOME_TEXT[result.outcome]} ${result.periodKey}, ${result.eventCount} events, ${result.warningCount} warnings (rollups refreshed in ${result.rollupMs.toFixed(0)} ms)`);
      console.log(`  ${describeAccount(result.account)}`);
      for (const skip of result.account.skipped) console.log(`  skipped row ${skip.row} (${skip.reason.replace(/_/g, ' ')}): ${skip.text}`);
      for (const known of result.knownFrom) console.log(`  ${known.events} events already known from ${known.report}`);
      if (result.possibleDuplicates > 0) console.log(`  ${result.possibleDuplicates} pairs of look-alike rows listed on the data-quality page`);
    } catch (error) {
      failed++;
      const storage = storageFailure(error, env.databasePath);
      console.error(`error: ${storage ? `${file}: ${storage.message}` : (error as Error).message}`);
    }
  }
  checkpointWal(db.$client);
  db.$client.close();
  return failed === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  },
);
