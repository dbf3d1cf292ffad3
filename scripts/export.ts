/**
 * npm run export -- --format json|csv [--distinct] [--parsed] [--out FILE]   Writes all stored event
 * rows (stdout by default); --distinct writes each real event once (rows repeated by newer reports
 * left out); --parsed writes the parser's values instead of analysts' corrections.
 * Exits only after the output is flushed; a failed write (a closed pipe, a full disk) exits 1
 * with the reason on stderr.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDb } from '@/db/client';
import { eventsToCsv } from '@/lib/export/csv';
import { readExportedEvents } from '@/lib/export/events';
import { OutputError, writeAll } from '@/lib/export/write-out';
import { env } from '@/lib/env';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { format: { type: 'string', default: 'json' }, out: { type: 'string' }, distinct: { type: 'boolean', default: false }, parsed: { type: 'boolean', default: false } } });
  if (values.format !== 'json' && values.format !== 'csv') {
    console.error(`error: --format must be json or csv, not "${values.format}"`);
    return 2;
  }
  const db = openDb(env.databasePath);
  const events = readExportedEvents(db, { distinct: values.distinct, parsed: values.parsed }).map(({ id: _id, ...event }) => event);
  db.$client.close();
  const output = values.format === 'json' ? `${JSON.stringify(events, null, 2)}\n` : eventsToCsv(events);
  if (values.out) writeFile(values.out, output);
  else await writeAll(process.stdout, output);
  return 0;
}

function writeFile(file: string, output: string): void {
  try {
    fs.writeFileSync(file, output);
  } catch (error) {
    throw new OutputError(file, error as NodeJS.ErrnoException);
  }
}

// process.exitCode, not process.exit(): exiting at once would cut what a pipe has not read yet.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  },
);
