/**
 * The production server of `npm start` (scripts/serve.mjs: Next.js behind the rendered-page cache,
 * built into BENCH_DIST_DIR) on a free local port with a given database and cache setting, and its
 * peak memory: the largest VmHWM among its process tree.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort, waitForServer } from '@/tests/helpers/server-process';

export const BENCH_DIST_DIR = '.next-bench';
const SERVE_SCRIPT = path.join('scripts', 'serve.mjs');

export interface BenchServer {
  baseUrl: string;
  distDir: string;
  /** Peak resident memory in MB of the server's largest process so far (over its whole life). */
  peakMemoryMb: () => number;
  /** Starts a new high-water mark (Linux clear_refs 5); peakMemoryMb keeps the earlier one. */
  resetPeak: () => void;
  /** Peak resident memory in MB since the last resetPeak. */
  peakSinceResetMb: () => number;
  stop: () => Promise<void>;
}

/** cold: QUERY_CACHE=off, every request renders from the database; warm: query results and rendered pages are reused (the default). */
export type CacheMode = 'cold' | 'warm';

export async function startServer(databasePath: string, cache: CacheMode): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...profileArgs(), SERVE_SCRIPT], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NEXT_DIST_DIR: BENCH_DIST_DIR,
      DATABASE_PATH: databasePath,
      QUERY_CACHE: cache === 'cold' ? 'off' : 'on',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(child, `${baseUrl}/favicon.ico`, 60_000);
  const peakSinceResetMb = () => Math.max(...processTree(child.pid ?? 0).map(peakOf)) / 1024;
  let earlierPeakMb = 0;
  return {
    baseUrl,
    distDir: path.resolve(BENCH_DIST_DIR),
    peakMemoryMb: () => Math.max(earlierPeakMb, peakSinceResetMb()),
    resetPeak: () => {
      earlierPeakMb = Math.max(earlierPeakMb, peakSinceResetMb());
      for (const pid of processTree(child.pid ?? 0)) resetPeakOf(pid);
    },
    peakSinceResetMb,
    stop: () => stopChild(child),
  };
}

/** BENCH_CPU_PROF=DIR: the server writes a V8 CPU profile into DIR when it stops (open it in Chrome's DevTools). */
function profileArgs(): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(dir)}`] : [];
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The pid and every descendant, from /proc/<pid>/stat's parent field. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
  }
  return tree;
}

function resetPeakOf(pid: number): void {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // the process ended meanwhile, or a kernel without it: the peak keeps counting from the start
  }
}

/** VmHWM (peak resident set) in kB; 0 when the process is gone. */
function peakOf(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
