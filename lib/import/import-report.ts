/**
 * read → parse → save, for one report file. Every failure names the file; nothing is written
 * unless the whole report is stored (saveReport runs in one transaction).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '@/db/client';
import { parseReport } from '@/lib/ingest';
import { ReportError, type ReportErrorCode } from '@/lib/ingest/errors';
import type { IngestOptions, ParsedReport, RowAccount } from '@/lib/ingest/types';
import { loadPlaceAliases } from '@/lib/curation/aliases';
import { contentHashOf } from './content-hash';
import { readReportBytes } from './read-file';
import { saveReport, type SaveResult } from './save-report';

export class ImportError extends Error {
  constructor(
    readonly file: string,
    problem: string,
    readonly code: ReportErrorCode = 'unreadable',
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ImportError';
  }
}

export interface ImportResult extends SaveResult {
  file: string;
  /** What became of every table row of the file. */
  account: RowAccount;
}

/** `options`: the analysts' place aliases of the database the report goes to (loadPlaceAliases). */
export async function parseReportBytes(bytes: Uint8Array, fileName: string, options: IngestOptions = {}): Promise<ParsedReport> {
  try {
    return parseReport(await readReportBytes(bytes), options);
  } catch (error) {
    // A user's bad file is a ReportError; anything else is a bug and stays one (logged, 500).
    if (!(error instanceof ReportError)) throw error;
    throw new ImportError(fileName, error.message, error.code);
  }
}

export async function importReportBytes(db: Db, bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  const report = await parseReportBytes(bytes, fileName, { placeAliases: loadPlaceAliases(db) });
  const contentHash = contentHashOf(bytes);
  return { file: fileName, account: report.account, ...saveReport(db, report, { fileName, contentHash }) };
}

export async function importReportFile(db: Db, filePath: string): Promise<ImportResult> {
  const fileName = path.basename(filePath);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (error) {
    throw new ImportError(fileName, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return importReportBytes(db, bytes, fileName);
}
