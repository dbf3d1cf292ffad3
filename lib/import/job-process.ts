/**
 * The import worker: a child process (started by run-job.ts) that runs import jobs (jobs.ts) one
 * at a time through its own database connection. A job comes as an IPC message { id, input,
 * bytes }; the answer goes back as { id, reply: { status, json } }. Its memory is capped, so a hostile upload that
 * exhausts memory ends this process, not the server (the next job starts a new one).
 */
import { openDb } from '@/db/client';
import { env } from '@/lib/env';
import { runJob, type JobInput, type JobReply } from './jobs';

export interface JobMessage {
  id: number;
  input: JobInput;
  bytes: Uint8Array;
}

export interface AnswerMessage {
  id: number;
  reply: JobReply;
}

const db = openDb(env.databasePath, { migrate: false });
let chain: Promise<void> = Promise.resolve();

process.on('message', (message: JobMessage) => {
  chain = chain.then(async () => {
    const { status, body } = await runJob(db, env.databasePath, message.input, message.bytes);
    // Serialised here: a large preview is not parsed and re-serialised on the server's event loop.
    process.send?.({ id: message.id, reply: { status, json: JSON.stringify(body) } } satisfies AnswerMessage);
  });
});
process.on('disconnect', () => {
  db.$client.close();
  process.exit(0);
});
