/**
 * Faults of the storage rather than of the input: a read-only database file, a full disk, an I/O
 * error. SQLite rolls the transaction back, so the database stays as it was; what the user needs
 * is the file and the problem, not "server error" or "attempt to write a readonly database".
 */
type StorageProblem = 'db_readonly' | 'disk_full' | 'db_io' | 'db_busy';

const PROBLEMS: [RegExp, StorageProblem, string][] = [
  [/^SQLITE_READONLY/, 'db_readonly', 'is read-only (check the permissions of the file and its folder, and whether the disk is mounted read-only)'],
  [/^SQLITE_FULL$|^ENOSPC$/, 'disk_full', 'cannot grow: the disk is full'],
  [/^SQLITE_(IOERR|CANTOPEN)/, 'db_io', 'cannot be written: disk I/O error'],
  [/^SQLITE_BUSY/, 'db_busy', 'is locked by another process for longer than the busy timeout'],
];

export interface StorageFailure {
  problem: StorageProblem;
  /** "database /srv/dashboard.sqlite is read-only (…) [SQLITE_READONLY]; nothing was stored" */
  message: string;
}

/** The storage fault behind an error, or null when the error is something else. */
export function storageFailure(error: unknown, databaseFile: string): StorageFailure | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const match = PROBLEMS.find(([pattern]) => pattern.test(code));
  if (!match) return null;
  const [, problem, text] = match;
  return { problem, message: `database ${databaseFile} ${text} [${code}]; nothing was stored` };
}
