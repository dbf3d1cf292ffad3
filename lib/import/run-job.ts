/**
 * Runs import jobs (jobs.ts) in one long-lived child process (job-process.ts, through tsx with the
 * react-server condition like the benchmark), started on the first job so its start-up cost is
 * paid once. Jobs run one at a time; each has a time limit. When the worker dies (out of memory,
 * killed), its pending jobs answer 500 and the next job starts a new worker.
 */
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { AnswerMessage, JobMessage } from './job-process';
import type { JobInput, JobReply } from './jobs';

const MEMORY_MB = 1536;
const TIME_LIMIT_MS = 5 * 60 * 1000;
/** Imports run below normal priority (the worker here, `npm run ingest` itself): readers first. */
export const IMPORT_NICENESS = 10;
const FAILED: JobReply = { status: 500, json: JSON.stringify({ error: 'server' }) };

interface Worker {
  child: ChildProcess;
  pending: Map<number, (reply: JobReply) => void>;
}

const globalForJobs = globalThis as unknown as { importWorker?: Worker; importJobId?: number };

export function runImportJob(input: JobInput, bytes: Uint8Array): Promise<JobReply> {
  globalForJobs.importWorker ??= startWorker();
  const worker = globalForJobs.importWorker;
  const id = (globalForJobs.importJobId ?? 0) + 1;
  globalForJobs.importJobId = id;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      console.error(`import job ${id} ran over ${TIME_LIMIT_MS / 1000} s: stopping the import worker`);
      worker.child.kill('SIGKILL');
    }, TIME_LIMIT_MS);
    worker.pending.set(id, (reply) => {
      clearTimeout(timer);
      resolve(reply);
    });
    worker.child.send({ id, input, bytes } satisfies JobMessage);
  });
}

function startWorker(): Worker {
  // Not for the bundler: the worker runs from source, through tsx.
  const child = fork(/* turbopackIgnore: true */ path.join(process.cwd(), 'lib', 'import', 'job-process.ts'), [], {
    execArgv: [`--max-old-space-size=${MEMORY_MB}`, '--conditions=react-server', '--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // Readers first: on a small machine the worker's parsing must not take the server's CPU time.
  if (child.pid !== undefined) os.setPriority(child.pid, IMPORT_NICENESS);
  const worker: Worker = { child, pending: new Map() };
  child.on('message', ({ id, reply }: AnswerMessage) => {
    worker.pending.get(id)?.(reply);
    worker.pending.delete(id);
  });
  const fail = (reason: string) => {
    if (globalForJobs.importWorker === worker) globalForJobs.importWorker = undefined;
    if (worker.pending.size > 0) console.error(`import worker ended (${reason}) with ${worker.pending.size} job(s) unanswered`);
    for (const resolve of worker.pending.values()) resolve(FAILED);
    worker.pending.clear();
  };
  child.on('exit', (code, signal) => fail(`exit ${code ?? signal}`));
  child.on('error', (error) => fail(error.message));
  // The server does not wait for an idle worker to end.
  child.unref();
  child.channel?.unref();
  return worker;
}

/** Stops the worker (tests; the server's exit takes it down anyway through the closed IPC channel). */
export function stopImportWorker(): void {
  globalForJobs.importWorker?.child.disconnect();
  globalForJobs.importWorker = undefined;
}
