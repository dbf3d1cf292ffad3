import fs from 'node:fs';
import path from 'node:path';

export const REAL_REPORT_PATH = path.resolve('data/reports/smolensk-international-2025-Q4.txt');

export function realReportText(): string {
  return fs.readFileSync(REAL_REPORT_PATH, 'utf8');
}
