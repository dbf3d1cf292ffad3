/**
 * Session generations (issue 13, item 8): a session is valid only while its generation is the
 * user's current one; logout, a password change and a role change end every session.
 */
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { users } from '@/db/schema';
import { endSessions, userOfSession } from '@/lib/auth/session-user';
import { createUser } from '@/lib/auth/users';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';

let testDb: TestDb;
beforeEach(() => {
  testDb = createTestDb();
});
afterEach(() => testDb.cleanup());

async function signedIn() {
  const user = await createUser(testDb.db, { username: 'anna', password: 'long enough secret', role: 'admin' });
  return { user, session: { userId: user.id, generation: user.sessionGeneration } };
}

describe('userOfSession', () => {
  test('a current session gives its user; no session or no generation gives null', async () => {
    const { user, session } = await signedIn();
    expect(userOfSession(testDb.db, session)?.id).toBe(user.id);
    expect(userOfSession(testDb.db, null)).toBeNull();
    expect(userOfSession(testDb.db, { userId: user.id })).toBeNull();
  });

  test('logout (endSessions) ends a saved session', async () => {
    const { user, session } = await signedIn();
    endSessions(testDb.db, user.id);
    expect(userOfSession(testDb.db, session)).toBeNull();
  });

  test('a password change, made by any means, ends it', async () => {
    const { user, session } = await signedIn();
    testDb.db.update(users).set({ passwordHash: '$argon2id$other' }).where(eq(users.id, user.id)).run();
    expect(userOfSession(testDb.db, session)).toBeNull();
  });

  test('a role change ends it; an update that changes neither keeps it', async () => {
    const { user, session } = await signedIn();
    testDb.db.$client.prepare("update users set role = role, username = 'anna2' where id = ?").run(user.id);
    expect(userOfSession(testDb.db, session)?.username).toBe('anna2');
    testDb.db.$client.prepare("update users set role = 'viewer' where id = ?").run(user.id);
    expect(userOfSession(testDb.db, session)).toBeNull();
  });

  test('a deleted user\'s session ends, and a new user never gets the old id', async () => {
    const { user, session } = await signedIn();
    testDb.db.delete(users).where(eq(users.id, user.id)).run();
    const next = await createUser(testDb.db, { username: 'anna', password: 'long enough secret', role: 'admin' });
    expect(next.id).not.toBe(user.id);
    expect(userOfSession(testDb.db, session)).toBeNull();
  });
});
