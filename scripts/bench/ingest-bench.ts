/**
 * Ingestion: read + parse (bytes → ParsedReport) and store (saveReport, link-events included) of
 * the real report and of synthetic reports, text and .docx, each run into a fresh database (its
 * creation and migration not timed). Also one re-import into a copy of a scale database, where
 * link-events compares against the rows already stored.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb } from '@/db/client';
import { contentHashOf } from '@/lib/import/content-hash';
import { parseReportBytes } from '@/lib/import/import-report';
import { saveReport } from '@/lib/import/save-report';
import { readTextTable } from '@/lib/ingest/table-text';
import { buildReportDocx } from '@/tests/fixtures/build-docx';
import { buildSyntheticReport } from './synthetic-text';
import { median } from './timing';

export interface IngestResult {
  input: string;
  events: number;
  parseMs: number;
  storeMs: number;
  totalMs: number;
  eventsPerSecond: number;
  runs: number;
}

interface IngestInput {
  name: string;
  bytes: Buffer;
  runs: number;
  /** A database file to copy for each run instead of starting empty. */
  baseDb?: string;
}

const REAL_REPORT = path.join('data', 'reports', 'smolensk-international-2025-Q4.txt');

export async function runIngestBench(scaleDb: { file: string; events: number } | undefined, log: (line: string) => void): Promise<IngestResult[]> {
  const realText = fs.readFileSync(REAL_REPORT);
  const realDocx = await buildReportDocx(readTextTable(realText.toString('utf8')));
  const small = await buildSyntheticReport(70, 70);
  const large = await buildSyntheticReport(2_000, 2_000);
  const inputs: IngestInput[] = [
    { name: 'real report (text)', bytes: realText, runs: 15 },
    { name: 'real report (docx)', bytes: realDocx, runs: 15 },
    { name: 'synthetic 70 (text)', bytes: small.text, runs: 15 },
    { name: 'synthetic 70 (docx)', bytes: small.docx, runs: 15 },
    { name: 'synthetic 2 000 (text)', bytes: large.text, runs: 5 },
    { name: 'synthetic 2 000 (docx)', bytes: large.docx, runs: 5 },
    ...(scaleDb ? [{ name: `synthetic 2 000 (text), replacing 2025-Q4 in the ${scaleDb.events.toLocaleString('en').replace(/,/g, ' ')}-event database`, bytes: large.text, runs: 2, baseDb: scaleDb.file }] : []),
  ];
  const results: IngestResult[] = [];
  for (const input of inputs) {
    results.push(await measureIngest(input));
    log(`  ingest ${input.name}: ${results.at(-1)?.totalMs.toFixed(0)} ms`);
  }
  return results;
}

async function measureIngest(input: IngestInput): Promise<IngestResult> {
  const contentHash = contentHashOf(input.bytes);
  const parse: number[] = [];
  const store: number[] = [];
  let events = 0;
  for (let i = 0; i < input.runs; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ingest-'));
    try {
      const file = path.join(dir, 'ingest.sqlite');
      if (input.baseDb) fs.copyFileSync(input.baseDb, file);
      const db = openDb(file);
      let t = performance.now();
      const report = await parseReportBytes(input.bytes, input.name);
      parse.push(performance.now() - t);
      t = performance.now();
      saveReport(db, report, { fileName: input.name, contentHash });
      store.push(performance.now() - t);
      events = report.events.length;
      db.$client.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const totals = parse.map((ms, i) => ms + (store[i] ?? 0));
  const totalMs = median(totals);
  return { input: input.name, events, parseMs: median(parse), storeMs: median(store), totalMs, eventsPerSecond: (events / totalMs) * 1000, runs: input.runs };
}
