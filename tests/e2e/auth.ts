/**
 * Sign-in helpers for the e2e specs: the first admin comes from global-setup's environment, a
 * viewer or editor is created with the real `user:add` script against the test server's database.
 */
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { url } from './fixtures';
import { E2E_ADMIN_ENV } from './global-setup';

export const ADMIN = { username: E2E_ADMIN_ENV.ADMIN_USERNAME, password: E2E_ADMIN_ENV.ADMIN_PASSWORD };

/** Logs in through the API; returns the Cookie header value, or the failed response's status. */
export async function loginCookie(username: string, password: string): Promise<string> {
  const form = new FormData();
  form.set('username', username);
  form.set('password', password);
  const response = await fetch(url('/api/auth/login'), { method: 'POST', body: form });
  if (!response.ok) throw new Error(`login failed: ${response.status}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

export async function loginInBrowser(page: Page, username: string, password: string, next = '/'): Promise<void> {
  await page.goto(url(`/login?next=${encodeURIComponent(next)}`));
  await page.getByLabel('Имя пользователя').fill(username);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.waitForURL((current) => current.pathname === next);
  await page.waitForLoadState('networkidle');
}

/** `npm run user:add -- --viewer NAME` with the password piped in, against the test database. */
export function createViewer(username: string, password: string): void {
  addUser('--viewer', username, password);
}

/** `npm run user:add -- --editor NAME`, as createViewer. */
export function createEditor(username: string, password: string): void {
  addUser('--editor', username, password);
}

function addUser(role: '--viewer' | '--editor', username: string, password: string): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/user-add.ts', role, username], {
    input: `${password}\n`,
    env: { ...process.env, DATABASE_PATH: inject('databasePath') },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`user:add failed: ${result.stderr}`);
}

/** Deletes a stored report as the admin (cleanup: specs leave the shared server as they found it). */
export async function deleteReportAsAdmin(periodKey: string): Promise<void> {
  const cookie = await loginCookie(ADMIN.username, ADMIN.password);
  await fetch(url(`/api/import/reports/${periodKey}`), { method: 'DELETE', headers: { cookie } });
}
