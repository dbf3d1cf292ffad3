/**
 * npm run fuzz -- [cases] [seed]   Fuzzes the read edge (default 10 000 cases, 10 minutes at most)
 * and prints what became of the cases; exits 1 when any case ended in anything but a clean error.
 */
import { runParserFuzz } from './parser-fuzz';

const [cases = '10000', seed = '1'] = process.argv.slice(2);
const stats = await runParserFuzz({ cases: Number(cases), seed: Number(seed), budgetMs: 10 * 60_000 });
console.log(JSON.stringify({ ...stats, failures: stats.failures.length }, null, 2));
for (const failure of stats.failures.slice(0, 10)) console.error(`case ${failure.seed} (${failure.kind}): ${failure.error}`);
process.exitCode = stats.failures.length === 0 ? 0 : 1;
