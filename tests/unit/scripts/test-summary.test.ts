/**
 * scripts/test-summary.mjs on reports that vitest itself writes: small suites are run with this
 * repository's vitest and its JSON reporter, so the summary is checked against the fields the
 * installed vitest really writes, not against a hand-made report.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const VITEST = path.resolve('node_modules/vitest/vitest.mjs');
const SUMMARY = path.resolve('scripts/test-summary.mjs');

const SUITES = {
  green: {
    'passing.test.js': `test('one', () => {}); test('two', () => {});`,
  },
  red: {
    'passing.test.js': `test('one', () => {}); test('two', () => { expect(1).toBe(2); });`,
    'before-all.test.js': `describe('setup throws', () => { beforeAll(() => { throw new Error('no database'); }); test('a', () => {}); test('b', () => {}); test('c', () => {}); });`,
    'import.test.js': `import './missing.js'; test('never collected', () => {});`,
    'after-all.test.js': `afterAll(() => { throw new Error('cleanup failed'); }); test('ran', () => {});`,
  },
};

let dir: string;
const report = (name: keyof typeof SUITES) => path.join(dir, `${name}.json`);

function runVitest(name: keyof typeof SUITES): void {
  const root = path.join(dir, name);
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(root, 'vitest.config.js'), 'export default {};\n');
  for (const [file, source] of Object.entries(SUITES[name])) fs.writeFileSync(path.join(root, file), `${source}\n`);
  spawnSync(process.execPath, [VITEST, 'run', '--root', root, '--globals', '--reporter=json', `--outputFile.json=${report(name)}`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

function summary(...args: string[]): string {
  return execFileSync(process.execPath, [SUMMARY, ...args], { encoding: 'utf8' }).trim();
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'test-summary-'));
  runVitest('green');
  runVitest('red');
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the closing line of npm test', () => {
  test('a green run counts its tests as passed', () => {
    expect(summary(report('green'), 'build=0')).toBe('2 passed, 0 failed');
  });

  test('a file that fails in beforeAll counts its tests as failed; an import error and a failing afterAll count one each', () => {
    // passing.test.js: 1 passed, 1 failed; before-all: 3 failed; import: 1 failed; after-all: 1 passed, 1 failed.
    expect(summary(report('red'))).toBe('2 passed, 6 failed');
  });

  test('reports add up, a failed step counts as one failed, and so does a missing report', () => {
    expect(summary(report('green'), report('red'), 'build=0', 'lint=1')).toBe('4 passed, 7 failed');
    expect(summary(report('green'), path.join(dir, 'never-written.json'), 'build=0')).toBe('2 passed, 1 failed');
  });
});
