/**
 * npm run aliases -- export FILE            Writes the stored place aliases as a JSON data file.
 * npm run aliases -- import FILE [--user N]  Adds (or replaces) the file's aliases in one transaction
 *                                            and re-places every stored row with those texts.
 * Place aliases are analysts' answers for place texts the parser could not resolve
 * (lib/curation/aliases.ts); the file lets installations share them. A bad file exits 1 with
 * `error: FILE: problem` and writes nothing. The user defaults to "command line".
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '@/db/client';
import { AliasFileError, exportPlaceAliases, importPlaceAliases } from '@/lib/curation/aliases';
import { env } from '@/lib/env';

const USAGE = 'usage: npm run aliases -- export FILE | import FILE [--user NAME]';

function main(): number {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { user: { type: 'string', default: 'command line' } } });
  const [command, file] = positionals;
  if (!file || positionals.length !== 2 || (command !== 'export' && command !== 'import')) {
    console.error(USAGE);
    return 2;
  }
  const db = openDb(env.databasePath);
  try {
    if (command === 'export') {
      const data = exportPlaceAliases(db);
      fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`, { flag: 'wx' });
      console.log(`exported ${data.aliases.length} place aliases to ${file}`);
      return 0;
    }
    let content: string;
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new AliasFileError(path.basename(file), `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const result = importPlaceAliases(db, path.basename(file), content, values.user);
    console.log(`imported ${file}: ${result.added} added, ${result.replaced} replaced, ${result.unchanged} unchanged`);
    return 0;
  } catch (error) {
    const known = error instanceof AliasFileError || (error as NodeJS.ErrnoException).code === 'EEXIST';
    if (!known) throw error;
    console.error(`error: ${(error as Error).message}`);
    return 1;
  } finally {
    db.$client.close();
  }
}

process.exit(main());
