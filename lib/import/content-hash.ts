import { createHash } from 'node:crypto';

/** The identity of a report file: the same bytes again are recognised and change nothing. */
export function contentHashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
