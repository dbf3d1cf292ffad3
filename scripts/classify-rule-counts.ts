/**
 * npx tsx scripts/classify-rule-counts.ts [report.txt|report.docx ...]   How many rows each
 * classification rule (lib/ingest/classify.ts) fires on; the real Q4 2025 report by default.
 */
import fs from 'node:fs';
import { parseReport } from '@/lib/ingest';
import { countRules, formatRuleCounts } from '@/lib/ingest/rule-counts';
import { readDocxTable } from '@/lib/ingest/table-docx';
import { readTextTable } from '@/lib/ingest/table-text';

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  for (const file of files.length > 0 ? files : ['data/reports/smolensk-international-2025-Q4.txt']) {
    const bytes = fs.readFileSync(file);
    const table = file.endsWith('.docx') ? await readDocxTable(bytes) : readTextTable(bytes.toString('utf8'));
    const report = parseReport(table);
    console.log(`${file}: ${report.events.length} rows`);
    console.log(formatRuleCounts(countRules(report)));
  }
}

void main();
