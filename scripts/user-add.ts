/**
 * npm run user:add -- [--admin | --editor | --viewer] NAME
 * Creates a user (a viewer unless --admin or --editor). The password is asked twice on a terminal, or read
 * from the first line of standard input when piped (echo "$PW" | npm run user:add -- --admin anna).
 */
import { openDb } from '@/db/client';
import type { Role } from '@/db/schema';
import { createUser } from '@/lib/auth/users';
import { env } from '@/lib/env';

const ROLE_FLAGS: Record<string, Role> = { '--admin': 'admin', '--editor': 'editor', '--viewer': 'viewer' };

function parseArgs(args: string[]): { username: string; role: Role } | null {
  const names = args.filter((arg) => !arg.startsWith('--'));
  const flags = args.filter((arg) => arg.startsWith('--'));
  const [username] = names;
  if (names.length !== 1 || !username || flags.length > 1 || flags.some((flag) => !(flag in ROLE_FLAGS))) return null;
  return { username, role: ROLE_FLAGS[flags[0] ?? '--viewer'] ?? 'viewer' };
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return (await readStdin()).split(/\r?\n/)[0] ?? '';
  const first = await promptHidden('Password: ');
  const second = await promptHidden('Repeat password: ');
  if (first !== second) throw new Error('the passwords differ');
  return first;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    let value = '';
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (data: string) => {
      for (const char of data) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(new Error('cancelled'));
        value = char === '\u007f' || char === '\b' ? value.slice(0, -1) : value + char;
      }
    };
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    stdin.on('data', onData);
  });
}

async function main(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (!parsed) {
    console.error('usage: npm run user:add -- [--admin | --editor | --viewer] NAME');
    return 2;
  }
  const password = await readPassword();
  const db = openDb(env.databasePath);
  try {
    const user = await createUser(db, { ...parsed, password });
    console.log(`created ${user.role} "${user.username}" in ${env.databasePath}`);
    return 0;
  } finally {
    db.$client.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  },
);
