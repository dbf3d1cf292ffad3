// Sums vitest JSON reports into the plain closing line CI reads: "N passed, N failed".
//
//   node scripts/test-summary.mjs artifacts/unit.json artifacts/e2e.json build=0 lint=0
//
// Arguments ending in .json are vitest reports; NAME=STATUS arguments are steps (an exit status).
// A failed step counts as one failed test, and so does a report that is missing, so neither can
// ever look green.
//
// Reads only what vitest 4's JSON reporter writes: success, testResults[].status and
// testResults[].assertionResults[].status. A test file that failed without a failed test (its
// beforeAll threw, an import failed, its afterAll threw) counts its tests that did not pass as
// failed, and at least one: vitest marks those tests "skipped", which would hide the failure.
import fs from 'node:fs';

let passed = 0;
let failed = 0;
for (const arg of process.argv.slice(2)) {
  const step = /^([\w-]+)=(\d+)$/.exec(arg);
  if (step) {
    if (step[2] !== '0') failed += 1;
    continue;
  }
  if (!fs.existsSync(arg)) {
    failed += 1;
    continue;
  }
  const counts = countReport(JSON.parse(fs.readFileSync(arg, 'utf8')));
  passed += counts.passed;
  failed += counts.failed;
}
console.log(`${passed} passed, ${failed} failed`);

function countReport(report) {
  let passed = 0;
  let failed = 0;
  for (const file of report.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    const filePassed = tests.filter((test) => test.status === 'passed').length;
    const fileFailed = tests.filter((test) => test.status === 'failed').length;
    passed += filePassed;
    if (file.status === 'failed' && fileFailed === 0) failed += Math.max(1, tests.length - filePassed);
    else failed += fileFailed;
  }
  // Errors outside any test file (an unhandled rejection, a failing global setup) fail the run too.
  if (report.success === false && failed === 0) failed = 1;
  return { passed, failed };
}
