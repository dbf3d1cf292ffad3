// Sums vitest JSON reports into the plain closing line CI reads: "N passed, N failed".
// A failed build counts as one failed test, so it can never look green.
import fs from 'node:fs';

const [, , ...args] = process.argv;
const buildStatus = args.pop();
let passed = 0;
let failed = buildStatus === '0' ? 0 : 1;
for (const file of args) {
  if (!fs.existsSync(file)) {
    if (buildStatus === '0') failed += 1;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  if (!report.success && (report.numFailedTests ?? 0) === 0) failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
