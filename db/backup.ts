/**
 * A consistent copy of a live database through SQLite's online backup API: a write made by another
 * connection during the copy makes SQLite restart it, so the copy is always one committed state.
 * The copy is checked with integrity_check before it is reported written.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export async function backupDatabase(source: string, target: string): Promise<number> {
  if (!fs.existsSync(source)) throw new Error(`database ${source} does not exist`);
  if (fs.existsSync(target)) throw new Error(`${target} already exists: choose a new file name`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const sqlite = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await sqlite.backup(target);
    verifyCopy(target);
    return totalPages;
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw error;
  } finally {
    sqlite.close();
  }
}

function verifyCopy(file: string): void {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result: unknown = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`the copy failed integrity_check: ${String(result)}`);
  } finally {
    copy.close();
  }
}
