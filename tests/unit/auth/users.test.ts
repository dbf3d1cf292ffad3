import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { authenticate, createUser, ensureFirstAdmin, findUser } from '@/lib/auth/users';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb;
beforeEach(() => {
  testDb = createTestDb();
});
afterEach(() => testDb.cleanup());

describe('users', () => {
  test('a created user is stored with a hash, never the password', async () => {
    await createUser(testDb.db, { username: 'anna', password: 'long enough secret', role: 'viewer' });
    const stored = findUser(testDb.db, 'anna');
    expect(stored?.role).toBe('viewer');
    expect(stored?.passwordHash).not.toContain('long enough secret');
  });

  test('authenticate returns the user for the right password and null otherwise', async () => {
    await createUser(testDb.db, { username: 'boss', password: 'admin password 1', role: 'admin' });
    expect((await authenticate(testDb.db, 'boss', 'admin password 1'))?.role).toBe('admin');
    expect(await authenticate(testDb.db, 'boss', 'admin password 2')).toBeNull();
    expect(await authenticate(testDb.db, 'nobody', 'admin password 1')).toBeNull();
    expect(await authenticate(testDb.db, "' or 1=1 --", 'admin password 1')).toBeNull();
  });

  test('a second user with the same name and an invalid name are refused', async () => {
    await createUser(testDb.db, { username: 'anna', password: 'long enough secret', role: 'viewer' });
    await expect(createUser(testDb.db, { username: 'anna', password: 'another secret!', role: 'admin' })).rejects.toThrow(/already exists/);
    await expect(createUser(testDb.db, { username: 'a b<script>', password: 'long enough secret', role: 'admin' })).rejects.toThrow(/invalid user name/);
  });

  test('the first admin comes from configuration only while no user exists', async () => {
    expect(await ensureFirstAdmin(testDb.db, undefined)).toBeNull();
    const admin = await ensureFirstAdmin(testDb.db, { username: 'first', password: 'first admin secret' });
    expect(admin?.role).toBe('admin');
    expect(await ensureFirstAdmin(testDb.db, { username: 'second', password: 'second admin secret' })).toBeNull();
    expect(findUser(testDb.db, 'second')).toBeUndefined();
  });
});
