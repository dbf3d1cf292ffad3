/**
 * Keeping the database's disk use in view: the WAL is checkpointed and truncated after every
 * import and deletion (it otherwise keeps its largest size until the next checkpoint), and the
 * import page shows the database's size and the disk's free space (fs.statfs).
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

export interface CheckpointResult {
  /** False when a reader kept part of the WAL (it is truncated at a later checkpoint). */
  complete: boolean;
  walBytes: number;
}

/** Copies the WAL into the database file and truncates it to zero bytes. Never throws: a failure only leaves the WAL as it was. */
export function checkpointWal(sqlite: Database.Database): CheckpointResult {
  try {
    const [row] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    return { complete: row?.busy === 0, walBytes: fileSize(`${sqlite.name}-wal`) };
  } catch {
    return { complete: false, walBytes: fileSize(`${sqlite.name}-wal`) };
  }
}

export interface StorageInfo {
  file: string;
  databaseBytes: number;
  walBytes: number;
  /** Free for this process's user, and the size of the file system holding the database. */
  freeBytes: number;
  totalBytes: number;
}

export function storageInfo(file: string): StorageInfo {
  const disk = fs.statfsSync(path.dirname(file));
  return {
    file,
    databaseBytes: fileSize(file),
    walBytes: fileSize(`${file}-wal`) + fileSize(`${file}-shm`),
    freeBytes: disk.bavail * disk.bsize,
    totalBytes: disk.blocks * disk.bsize,
  };
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
