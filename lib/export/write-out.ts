/**
 * Writing a command's output to a stream without losing any of it: `process.exit()` right after
 * `stdout.write()` cuts what a pipe has not taken yet (64 KiB), so the export waits until every
 * byte is handed to the reader, and a failed write (EPIPE when the reader closed the pipe, ENOSPC
 * on a full disk) is an error, never a silent exit 0.
 */
export class OutputError extends Error {
  constructor(
    readonly target: string,
    readonly cause: NodeJS.ErrnoException,
  ) {
    super(`writing to ${target} failed (${cause.code ?? cause.message})${cause.code === 'EPIPE' ? ': the reader closed the pipe before the end' : ''}`);
    this.name = 'OutputError';
  }
}

/** Resolves once `text` is flushed to the stream; rejects on the stream's first error. */
export function writeAll(stream: NodeJS.WritableStream, text: string, target = 'standard output'): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) => reject(new OutputError(target, error));
    stream.once('error', fail);
    stream.write(text, (error) => {
      stream.off('error', fail);
      // Later errors of a stream that already failed must not crash the process with an unhandled 'error'.
      stream.on('error', () => {});
      if (error) fail(error);
      else resolve();
    });
  });
}
