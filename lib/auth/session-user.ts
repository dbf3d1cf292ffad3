/**
 * The user a session cookie stands for, checked against the database on every request that needs
 * a role (guards.ts for pages, actions and route handlers; proxy.ts under READ_ACCESS=login): the
 * user must exist and the cookie's session generation must be the user's current one. Logout
 * (endSessions) and a password or role change (a trigger, db/migrations) bump the generation.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users, type User } from '@/db/schema';
import type { SessionData } from './session';
import { getUserById } from './users';

export function userOfSession(db: Db, session: SessionData | null): User | null {
  if (session?.userId === undefined || session.generation === undefined) return null;
  const user = getUserById(db, session.userId);
  return user && user.sessionGeneration === session.generation ? user : null;
}

/** Ends every session of the user, on every device. */
export function endSessions(db: Db, userId: number): void {
  db.update(users).set({ sessionGeneration: sql`${users.sessionGeneration} + 1` }).where(eq(users.id, userId)).run();
}
