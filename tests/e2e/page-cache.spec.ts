/**
 * Repeated views answered from the rendered-page cache (scripts/serve.mjs with
 * lib/page-cache/page-cache.ts) against the running app: every answer has its own nonce, the same
 * in its CSP and its scripts; an editor never gets a visitor's kept page (nor a visitor the
 * editor's); a correction made by the command line in another process shows on the next view.
 */
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { createEditor, loginCookie } from './auth';
import { url } from './fixtures';

const EDITOR = { username: 'e2e-cache-editor', password: 'e2e-cache-editor-password' };
/** Row 59 of the Q4 2025 report: its foreign participants are corrected and restored below. */
const SEQ = 59;
let eventPath: string;

beforeAll(() => {
  createEditor(EDITOR.username, EDITOR.password);
  const db = new Database(inject('databasePath'), { readonly: true });
  try {
    const row = db.prepare("select e.id from events e join reports r on r.id = e.report_id where r.period_key = '2025-Q4' and e.seq = ?").get(SEQ) as { id: number };
    eventPath = `/events/${row.id}`;
  } finally {
    db.close();
  }
});

async function view(route: string, cookie?: string): Promise<{ body: string; nonce: string }> {
  const response = await fetch(url(route), { headers: cookie ? { cookie } : {} });
  expect(response.status).toBe(200);
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? '';
  expect(nonce).not.toBe('');
  return { body: await response.text(), nonce };
}

function correct(args: string[]): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/correct.ts', '--report', '2025-Q4', '--seq', String(SEQ), '--field', 'foreignParticipants', ...args], {
    env: { ...process.env, DATABASE_PATH: inject('databasePath') },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`correct failed: ${result.stderr}`);
}

describe('repeated views', () => {
  test('each answer carries a fresh nonce, in its CSP and in every script, and is otherwise the same page', async () => {
    const views = [await view('/map'), await view('/map'), await view('/map')];
    expect(new Set(views.map((v) => v.nonce)).size).toBe(3);
    for (const { body, nonce } of views) {
      const scriptNonces = [...body.matchAll(/<script[^>]* nonce="([^"]*)"/g)].map((match) => match[1]);
      expect(scriptNonces.length).toBeGreaterThan(0);
      expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
    }
    const [first, ...others] = views.map(({ body, nonce }) => body.replaceAll(nonce, 'NONCE'));
    for (const other of others) expect(other).toBe(first);
  });

  test('a signed-in editor gets their own page after a visitor viewed it, and the visitor still gets theirs', async () => {
    const cookie = await loginCookie(EDITOR.username, EDITOR.password);
    for (let i = 0; i < 2; i++) expect((await view(eventPath)).body).not.toContain('data-testid="correction-form"');
    const asEditor = [await view(eventPath, cookie), await view(eventPath, cookie)];
    for (const { body } of asEditor) {
      expect(body).toContain('data-testid="correction-form"');
      expect(body).toContain(EDITOR.username);
    }
    const visitor = await view(eventPath);
    expect(visitor.body).not.toContain('data-testid="correction-form"');
    expect(visitor.body).not.toContain(EDITOR.username);
  });

  test('a correction by the command line shows on the next view, and so does its undo', async () => {
    for (let i = 0; i < 2; i++) expect((await view(eventPath)).body).not.toContain('data-testid="corrected-mark"');
    correct(['--value', '8', '--reason', 'page cache e2e']);
    try {
      expect((await view(eventPath)).body).toContain('data-testid="corrected-mark"');
    } finally {
      correct(['--undo']);
    }
    expect((await view(eventPath)).body).not.toContain('data-testid="corrected-mark"');
  });
});
