/**
 * npm run db:backup -- FILE   A consistent copy of DATABASE_PATH, safe while the app runs
 * (db/backup.ts). Restoring is described in the README.
 */
import { backupDatabase } from '@/db/backup';
import { env } from '@/lib/env';

async function main(args: string[]): Promise<number> {
  const [target] = args;
  if (args.length !== 1 || !target) {
    console.error('usage: npm run db:backup -- FILE');
    return 2;
  }
  const pages = await backupDatabase(env.databasePath, target);
  console.log(`backup of ${env.databasePath} written to ${target} (${pages} pages, integrity ok)`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  },
);
